-- What the CVM manager says a program's success is worth and a journey costs: the ROI inputs of
-- the KPI dashboard, ROI = (benefit - cost) / cost.
CREATE TABLE kpi_business_case (
    program             VARCHAR(60)              NOT NULL PRIMARY KEY,
    benefit_per_success DECIMAL(12, 2)           NOT NULL,
    cost_per_journey    DECIMAL(12, 2)           NOT NULL,
    changed_by          VARCHAR(64)              NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
