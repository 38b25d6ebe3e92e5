package io.cvmjourneys.kpi;

import io.cvmjourneys.programs.ProgramKpi;
import io.cvmjourneys.programs.ProgramMeasures;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A program's KPIs measure what its KPI page computes: its business-case figures and its tNPS. */
@Component
class ProgramKpiMeasures implements ProgramMeasures {

    private final KpiProperties properties;

    ProgramKpiMeasures(KpiProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<String> measuresOf(String program) {
        return Stream.concat(properties.figuresOf(program).stream().map(KpiProperties.Figure::name),
                Stream.of(ProgramKpi.TNPS)).toList();
    }
}
