-- One index per way an editor list can be ordered (column and direction, the id breaking ties), so
-- that the first pages of a list of 100,000 items are read in order instead of sorted whole.
-- Derby reads an index in one direction only, hence an ascending and a descending index each.
-- They replace the two-column indexes of V2 and V6, whose leading columns they repeat.
DROP INDEX content_item_type_state;
DROP INDEX content_item_type_first_day;
DROP INDEX content_item_type_updated;
CREATE INDEX content_item_updated_a ON content_item (content_type, updated_at, id);
CREATE INDEX content_item_updated_d ON content_item (content_type, updated_at DESC, id DESC);
CREATE INDEX content_item_title_a ON content_item (content_type, title, id);
CREATE INDEX content_item_title_d ON content_item (content_type, title DESC, id DESC);
CREATE INDEX content_item_state_a ON content_item (content_type, state, id);
CREATE INDEX content_item_state_d ON content_item (content_type, state DESC, id DESC);
CREATE INDEX content_item_first_day_a ON content_item (content_type, first_day, id);
CREATE INDEX content_item_first_day_d ON content_item (content_type, first_day DESC, id DESC);
