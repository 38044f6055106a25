-- The editors' index of every item's current revision (drafts included): its days, its filter
-- values and its searchable text, written on each save, so that the editor lists filter, sort and
-- page on the server even with 100,000 items.
ALTER TABLE content_item ADD COLUMN first_day DATE;
ALTER TABLE content_item ADD COLUMN search_text VARCHAR(8000);
CREATE INDEX content_item_type_first_day ON content_item (content_type, first_day);
CREATE INDEX content_item_type_updated ON content_item (content_type, updated_at);

CREATE TABLE editorial_day (
    item_id BIGINT NOT NULL REFERENCES content_item (id),
    on_day DATE NOT NULL,
    PRIMARY KEY (item_id, on_day)
);
CREATE INDEX editorial_day_day ON editorial_day (on_day, item_id);

CREATE TABLE editorial_facet (
    item_id BIGINT NOT NULL REFERENCES content_item (id),
    facet VARCHAR(40) NOT NULL,
    facet_value VARCHAR(120) NOT NULL,
    PRIMARY KEY (item_id, facet, facet_value)
);
CREATE INDEX editorial_facet_value ON editorial_facet (facet, facet_value, item_id);
