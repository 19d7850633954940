-- A rebuild of a SolrCloud discovery index in progress (`microscout index rebuild --index solr:...`): the new
-- collection being filled and the last creator key indexed, committed after each batch, so that a rebuild cut
-- short resumes where it stopped. The row is removed when the alias is swapped to the new collection.
CREATE TABLE search_index_rebuilds (
    index_name    VARCHAR(300) PRIMARY KEY,
    collection    VARCHAR(300) NOT NULL,
    last_key      VARCHAR(400),
    indexed       BIGINT NOT NULL,
    updated_ms    BIGINT NOT NULL
);
