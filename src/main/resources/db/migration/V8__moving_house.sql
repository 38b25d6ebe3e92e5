-- Moving house: the network inventory's stand-in, billing by address, and credits on the account.

-- What the network can deliver at each premises: one row per technology with its top download
-- speed. A real inventory system replaces this table behind io.cvmjourneys.network.NetworkInventory.
CREATE TABLE cvm.network_premises (
    postcode      VARCHAR(10) NOT NULL,
    house_number  VARCHAR(10) NOT NULL,
    technology    VARCHAR(20) NOT NULL,
    max_down_mbps INTEGER     NOT NULL,
    PRIMARY KEY (postcode, house_number, technology),
    CONSTRAINT network_premises_speed_positive CHECK (max_down_mbps > 0)
);

-- Which address a customer is billed at, from which day: each row runs until the next row's
-- billed_from. One row per customer and day (the key), so no day is ever billed at two addresses.
CREATE TABLE cvm.billing_address (
    customer_id  VARCHAR(64)  NOT NULL REFERENCES cvm.customer (id),
    billed_from  DATE         NOT NULL,
    street       VARCHAR(200) NOT NULL,
    house_number VARCHAR(10)  NOT NULL,
    postcode     VARCHAR(10)  NOT NULL,
    city         VARCHAR(100) NOT NULL,
    reference    VARCHAR(200) NOT NULL,
    PRIMARY KEY (customer_id, billed_from),
    CONSTRAINT billing_address_reference_unique UNIQUE (reference)
);

-- A credit on the account (e.g. an apology for a late installation) is an amount: cvm.account_change.amount (V7).
