package io.cvmjourneys.channels;

import java.util.Locale;

/** A template's sent messages on one channel over a window, and how many of them bounced or were opted out from. */
record TemplateFigures(long sent, long bounced, long optedOut) {

    static final TemplateFigures NONE = new TemplateFigures(0, 0, 0);

    double bouncesPerThousand() {
        return perThousand(bounced);
    }

    double optOutsPerThousand() {
        return perThousand(optedOut);
    }

    /** "412 sent, 31 bounced (75.2 per 1,000), 2 opted out (4.9 per 1,000)". */
    String summary() {
        return String.format(Locale.ROOT, "%,d sent, %,d bounced (%.1f per 1,000), %,d opted out (%.1f per 1,000)", sent, bounced,
                bouncesPerThousand(), optedOut, optOutsPerThousand());
    }

    private double perThousand(long count) {
        return sent == 0 ? 0 : Math.round(count * 10_000.0 / sent) / 10.0;
    }
}
