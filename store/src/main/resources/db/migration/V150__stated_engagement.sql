-- Engagement figures as a source file states them (a spreadsheet's avg_likes, 60d_eng_rate), kept with where
-- they come from: the file, the file's column of each figure (figure=column;... as
-- io.microscout.creator.StatedEngagement writes it) and the import time. Used where a creator has no posts;
-- posts, where they exist, win. creator_metrics.stated_by says when the stored metrics are such a statement
-- (null: computed from posts). Portable between SQLite, H2 and PostgreSQL 15: one column per ALTER TABLE.

ALTER TABLE creators ADD COLUMN stated_avg_likes DOUBLE PRECISION;
ALTER TABLE creators ADD COLUMN stated_avg_comments DOUBLE PRECISION;
ALTER TABLE creators ADD COLUMN stated_avg_views DOUBLE PRECISION;
ALTER TABLE creators ADD COLUMN stated_engagement_rate DOUBLE PRECISION;
ALTER TABLE creators ADD COLUMN stated_source VARCHAR(1000);
ALTER TABLE creators ADD COLUMN stated_columns VARCHAR(1000);
ALTER TABLE creators ADD COLUMN stated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE creator_metrics ADD COLUMN stated_by VARCHAR(1000);
