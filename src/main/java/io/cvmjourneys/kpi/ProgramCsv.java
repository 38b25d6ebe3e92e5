package io.cvmjourneys.kpi;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The dashboard's overview as CSV, one program a row, for analysts' spreadsheets; and the CSV every KPI export writes. */
final class ProgramCsv {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"\r\n]");
    private static final String HEADER = "program,started,running,ended,outcomes,success_figure,success_percent,"
            + "offers,accepted,conversion_percent,sla_breaches,benefit,cost,roi,holdout_share,uplift_points";

    static String of(List<ProgramReport> reports) {
        return table(HEADER, reports.stream().map(ProgramCsv::row).toList());
    }

    /** A header line and one line a row (RFC 4180 line breaks), the cells quoted where they must be. */
    static String table(String header, List<List<Object>> rows) {
        return Stream.concat(Stream.of(header), rows.stream().map(row -> row.stream().map(ProgramCsv::cell)
                        .collect(Collectors.joining(","))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<Object> row(ProgramReport report) {
        ProgramReport.Rate success = report.figures().isEmpty() ? null : report.figures().get(0);
        String outcomes = report.endedByOutcome().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(" "));
        // a list that holds nulls: an empty cell for a figure there is none of
        return Arrays.asList(report.program(), report.started(), report.running(), report.ended(), outcomes,
                success == null ? null : success.name(), success == null ? null : success.percent(),
                report.offered(), report.accepted(), ProgramReport.percent(report.accepted(), report.offered()),
                report.slaBreaches(), report.roi().benefit(), report.roi().cost(), report.roi().roi(),
                report.uplift() == null ? null : report.uplift().share(),
                report.uplift() == null ? null : report.uplift().points());
    }

    // RFC 4180: quote what holds a comma, quote or line break; a leading =, +, - or @ would be a formula in a spreadsheet
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private ProgramCsv() {
    }
}
