-- The read model of the delivery API: one row per published item holding its rendered JSON
-- document, written when an item is published and removed when it is unpublished, so that
-- requests never walk revisions. Days and facets make the filters indexable.
CREATE TABLE delivery_item (
    item_id BIGINT NOT NULL PRIMARY KEY,
    content_type VARCHAR(40) NOT NULL,
    slug VARCHAR(120) NOT NULL,
    revision INT NOT NULL,
    sort_key VARCHAR(80) NOT NULL,
    first_day DATE,
    last_day DATE,
    search_text VARCHAR(8000) NOT NULL,
    published_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    document ${binary_type} NOT NULL,
    CONSTRAINT delivery_item_slug_unique UNIQUE (content_type, slug)
);
CREATE INDEX delivery_item_order ON delivery_item (content_type, sort_key, item_id);
CREATE INDEX delivery_item_last_day ON delivery_item (content_type, last_day);

CREATE TABLE delivery_day (
    item_id BIGINT NOT NULL,
    on_day DATE NOT NULL,
    PRIMARY KEY (item_id, on_day)
);
CREATE INDEX delivery_day_day ON delivery_day (on_day, item_id);

CREATE TABLE delivery_facet (
    item_id BIGINT NOT NULL,
    facet VARCHAR(40) NOT NULL,
    facet_value VARCHAR(120) NOT NULL,
    PRIMARY KEY (item_id, facet, facet_value)
);
CREATE INDEX delivery_facet_value ON delivery_facet (facet, facet_value, item_id);

-- One row: the version of the read model. Every transaction that changes the read model raises
-- it first, which orders those transactions (the row stays locked until commit) so that a sync
-- token (a version) never skips a change committed late; caches compare it to know they are current.
CREATE TABLE delivery_state (
    id INT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
INSERT INTO delivery_state (id, version, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP);

-- The sync feed: what each version changed.
CREATE TABLE delivery_change (
    seq BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    slug VARCHAR(120) NOT NULL,
    change_kind VARCHAR(10) NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (seq, item_id)
);
CREATE INDEX delivery_change_item ON delivery_change (item_id, seq);
