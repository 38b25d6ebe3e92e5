package io.cvmjourneys.programs;

import java.util.List;

/** The measures the KPI dashboard computes for a program: what a program's KPIs may name. */
public interface ProgramMeasures {

    List<String> measuresOf(String program);
}
