-- Stable event ids for users: a merged event keeps the id of its earliest member, so a later (earlier-dated) report,
-- a reprocess or an analyst's merge can replace the id a user saved. Each rebuild records here, for every id that no
-- longer names a stored event, the id that took its place (old_id -> new_id); GET /api/events/{old id} follows the
-- chain (a -> b -> c) to the event stored now. Rows are only ever upserted, never needed when old_id is an event again.
CREATE TABLE event_aliases (
  old_id VARCHAR(1024) PRIMARY KEY,
  new_id VARCHAR(1024) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
-- does a machine event still carry this id (in any partition)? asked for each event id a rebuild drops
CREATE INDEX doc_events_event ON doc_events(event_id);
