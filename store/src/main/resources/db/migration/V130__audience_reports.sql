-- Measured audiences of creators (port io.microscout.audience.AudienceReports): one report per source and time,
-- its shares per dimension ('country' ISO 3166-1 alpha-2, 'language' ISO 639-1, 'age' band such as 18-24 or
-- 65+, 'gender' female/male/other). Creators are named by platform id and normalised handle, as
-- io.microscout.creator.CreatorKey. Portable between SQLite, H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE audience_reports (
    id           ${identity},
    platform     VARCHAR(16)   NOT NULL,
    handle       VARCHAR(255)  NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    source       VARCHAR(1000) NOT NULL,
    measured_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audience_reports_by_creator ON audience_reports (platform, handle, kind, measured_at);

CREATE TABLE audience_report_shares (
    report_id  BIGINT           NOT NULL REFERENCES audience_reports (id) ON DELETE CASCADE,
    dimension  VARCHAR(16)      NOT NULL,
    value_key  VARCHAR(64)      NOT NULL,
    share      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (report_id, dimension, value_key)
);
