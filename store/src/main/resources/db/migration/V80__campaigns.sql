-- Campaigns and attribution (port io.microscout.campaign.Campaigns, docs/campaigns.md). Every row carries its
-- workspace; 0 is the home's own (the CLI's; NOT NULL, unlike V60's NULL, so that the unique keys that make order
-- imports idempotent hold for it too). Portable SQL (SQLite, H2, PostgreSQL). Personal data kept: none of the
-- buyer (an order keeps its shop reference, time, total, discount codes and UTM values; no e-mail, name or
-- address); a click keeps only its link and time (no IP address, no user agent).

CREATE TABLE campaigns (
    id                   BIGINT PRIMARY KEY,
    workspace_id         BIGINT NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    slug                 VARCHAR(100) NOT NULL,
    landing_url          VARCHAR(2000) NOT NULL,
    plan_name            VARCHAR(100),
    created_at           TIMESTAMP NOT NULL,
    average_order_value  DOUBLE PRECISION NOT NULL,
    forecast_basis       VARCHAR(1000),
    UNIQUE (workspace_id, name)
);

CREATE TABLE campaign_creators (
    campaign_id   BIGINT NOT NULL REFERENCES campaigns (id),
    workspace_id  BIGINT NOT NULL,
    seq           INTEGER NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    tier          VARCHAR(16) NOT NULL,
    followers     BIGINT NOT NULL,
    promo_code    VARCHAR(40) NOT NULL,
    link_token    VARCHAR(32) NOT NULL UNIQUE,
    PRIMARY KEY (campaign_id, platform, handle),
    UNIQUE (workspace_id, promo_code)
);

-- due: ISO day (YYYY-MM-DD) or NULL; price in whole cents; status agreed, posted or cancelled
CREATE TABLE campaign_deliverables (
    id            BIGINT PRIMARY KEY,
    campaign_id   BIGINT NOT NULL REFERENCES campaigns (id),
    workspace_id  BIGINT NOT NULL,
    seq           INTEGER NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    format        VARCHAR(32) NOT NULL,
    due           VARCHAR(10),
    price_cents   BIGINT NOT NULL,
    status        VARCHAR(16) NOT NULL
);
CREATE INDEX campaign_deliverables_by_campaign ON campaign_deliverables (campaign_id);

-- scope: 'campaign', 'tier:<tier>' or 'creator:<platform>:<handle>'; bounds that are not finite stored as NULL
CREATE TABLE campaign_forecasts (
    campaign_id   BIGINT NOT NULL REFERENCES campaigns (id),
    workspace_id  BIGINT NOT NULL,
    scope         VARCHAR(300) NOT NULL,
    figure        VARCHAR(16) NOT NULL,
    p10           DOUBLE PRECISION,
    p50           DOUBLE PRECISION,
    p90           DOUBLE PRECISION,
    PRIMARY KEY (campaign_id, scope, figure)
);

-- discount_codes: the codes used, upper case, separated by ' '; utm_*: lower case or NULL
CREATE TABLE campaign_orders (
    campaign_id     BIGINT NOT NULL REFERENCES campaigns (id),
    workspace_id    BIGINT NOT NULL,
    reference       VARCHAR(255) NOT NULL,
    placed_at       TIMESTAMP NOT NULL,
    total_cents     BIGINT NOT NULL,
    discount_codes  VARCHAR(1000),
    utm_source      VARCHAR(255),
    utm_medium      VARCHAR(255),
    utm_campaign    VARCHAR(255),
    utm_content     VARCHAR(255),
    status          VARCHAR(32) NOT NULL,
    counted         BOOLEAN NOT NULL,
    PRIMARY KEY (campaign_id, reference)
);

CREATE TABLE campaign_posts (
    campaign_id   BIGINT NOT NULL REFERENCES campaigns (id),
    workspace_id  BIGINT NOT NULL,
    url           VARCHAR(1000) NOT NULL,
    platform      VARCHAR(16) NOT NULL,
    handle        VARCHAR(255) NOT NULL,
    posted_at     TIMESTAMP,
    body          TEXT,
    impressions   BIGINT,
    engagements   BIGINT,
    sponsored     BOOLEAN NOT NULL,
    PRIMARY KEY (campaign_id, url)
);

-- one row per click through /r/{token}: the link and the time, nothing about the visitor
CREATE TABLE campaign_clicks (
    id            BIGINT PRIMARY KEY,
    link_token    VARCHAR(32) NOT NULL,
    clicked_at    TIMESTAMP NOT NULL
);
CREATE INDEX campaign_clicks_by_token ON campaign_clicks (link_token);
