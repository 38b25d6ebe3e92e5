-- Like the other modules' tables (outbox, decision log), these name customers without a foreign key
-- to the customer module's table: each module owns its rows.

-- The device catalog the next-best-action step recommends from: what a device costs, which usage
-- profile and budget band it serves, which segments it suits (comma-separated). available = FALSE
-- takes a model off sale without losing its history.
CREATE TABLE cvm.device_model (
    id                 VARCHAR(40)   NOT NULL PRIMARY KEY,
    name               VARCHAR(100)  NOT NULL,
    brand              VARCHAR(40)   NOT NULL,
    price              NUMERIC(8,2)  NOT NULL,
    monthly_instalment NUMERIC(8,2)  NOT NULL,
    usage_profile      VARCHAR(20)   NOT NULL,
    budget_band        VARCHAR(20)   NOT NULL,
    segment_fit        VARCHAR(100)  NOT NULL,
    available          BOOLEAN       NOT NULL DEFAULT TRUE
);

INSERT INTO cvm.device_model (id, name, brand, price, monthly_instalment, usage_profile, budget_band, segment_fit) VALUES
('GALAXY_Z_FOLD7', 'Galaxy Z Fold7', 'Samsung', 1799.00, 75.00, 'HEAVY_DATA', 'PREMIUM', 'VIP'),
('IPHONE_17_PRO', 'iPhone 17 Pro', 'Apple', 1099.00, 46.00, 'HEAVY_DATA', 'PREMIUM', 'VIP,HIGH_VALUE'),
('GALAXY_S25_ULTRA', 'Galaxy S25 Ultra', 'Samsung', 1249.00, 52.00, 'HEAVY_DATA', 'PREMIUM', 'VIP,HIGH_VALUE,SMALL_BUSINESS'),
('PIXEL_10_PRO', 'Pixel 10 Pro', 'Google', 999.00, 42.00, 'HEAVY_DATA', 'MID', 'HIGH_VALUE,MASS'),
('IPHONE_17', 'iPhone 17', 'Apple', 799.00, 34.00, 'EVERYDAY', 'MID', 'MASS,HIGH_VALUE,VIP'),
('GALAXY_S25', 'Galaxy S25', 'Samsung', 799.00, 33.00, 'EVERYDAY', 'MID', 'MASS,HIGH_VALUE'),
('PIXEL_10', 'Pixel 10', 'Google', 699.00, 29.00, 'EVERYDAY', 'MID', 'MASS,HIGH_VALUE'),
('GALAXY_A56', 'Galaxy A56', 'Samsung', 379.00, 15.00, 'EVERYDAY', 'BUDGET', 'MASS'),
('XIAOMI_15', 'Xiaomi 15', 'Xiaomi', 549.00, 22.00, 'HEAVY_DATA', 'BUDGET', 'MASS'),
('PIXEL_9A', 'Pixel 9a', 'Google', 449.00, 18.00, 'BASIC', 'BUDGET', 'MASS,HIGH_VALUE'),
('MOTO_G85', 'Moto g85', 'Motorola', 249.00, 10.00, 'BASIC', 'BUDGET', 'MASS'),
('GALAXY_XCOVER7_PRO', 'Galaxy XCover7 Pro', 'Samsung', 449.00, 19.00, 'BUSINESS', 'MID', 'SMALL_BUSINESS'),
('THINKPHONE_25', 'ThinkPhone 25', 'Motorola', 499.00, 21.00, 'BUSINESS', 'BUDGET', 'SMALL_BUSINESS'),
('IPHONE_17_BUSINESS', 'iPhone 17 (business)', 'Apple', 799.00, 34.00, 'BUSINESS', 'PREMIUM', 'SMALL_BUSINESS');

-- When the network first and last saw a device model on a customer's line (the network's device
-- feed fills it): an upgraded customer whose new device is seen has adopted it.
CREATE TABLE cvm.device_usage (
    customer_id     VARCHAR(64)              NOT NULL,
    device_model_id VARCHAR(40)              NOT NULL REFERENCES cvm.device_model (id),
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (customer_id, device_model_id)
);

-- The old device after an upgrade: handed in for recycling (with its grade and trade-in value) or
-- kept by the customer. Once per journey step (reference unique).
CREATE TABLE cvm.device_recycling (
    reference      VARCHAR(200)             NOT NULL PRIMARY KEY,
    customer_id    VARCHAR(64)              NOT NULL,
    old_device     VARCHAR(100),
    handed_in      BOOLEAN                  NOT NULL,
    condition_grade VARCHAR(1),
    trade_in_value NUMERIC(8,2)             NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX device_recycling_by_customer ON cvm.device_recycling (customer_id);

-- Orders handed to the logistics partner and how far each has come. The in-process carrier moves
-- them ORDERED -> SHIPPED -> DELIVERED; a real carrier's tracking feed would update the same rows.
CREATE TABLE cvm.shipment (
    order_id        VARCHAR(40)              NOT NULL PRIMARY KEY,
    reference       VARCHAR(200)             NOT NULL,
    customer_id     VARCHAR(64)              NOT NULL,
    items           VARCHAR(500)             NOT NULL,
    tracking_number VARCHAR(40)              NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    ordered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    shipped_at      TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT shipment_reference_unique UNIQUE (reference)
);
CREATE INDEX shipment_by_customer ON cvm.shipment (customer_id);

-- The daily lease scan looks for leases ending within a window, across all customers.
CREATE INDEX subscription_by_lease_end ON cvm.subscription (device_lease_end);
