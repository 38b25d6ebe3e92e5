package io.cvmjourneys.moments;

/**
 * Transactional NPS of survey answers (the 0–10 scores of SURVEY_ANSWERED moments): the share of
 * promoters (9–10) minus the share of detractors (0–6), in points from −100 to 100.
 */
public record Tnps(long answers, long promoters, long detractors) {

    public static final Tnps NONE = new Tnps(0, 0, 0);
    /** The process variable a journey keeps its customer's survey answer in, whichever journey it is. */
    public static final String SURVEY_SCORE = "surveyScore";
    private static final int LOWEST_PROMOTER_SCORE = 9;
    private static final int HIGHEST_DETRACTOR_SCORE = 6;

    /** These answers and one more. */
    public Tnps with(int score) {
        return new Tnps(answers + 1, promoters + (score >= LOWEST_PROMOTER_SCORE ? 1 : 0),
                detractors + (score <= HIGHEST_DETRACTOR_SCORE ? 1 : 0));
    }

    /** These answers and those. */
    public Tnps plus(Tnps other) {
        return new Tnps(answers + other.answers, promoters + other.promoters, detractors + other.detractors);
    }

    /** 0 while nobody answered, like a survey nobody had an opinion on. */
    public long score() {
        return answers == 0 ? 0 : Math.round((promoters - detractors) * 100.0 / answers);
    }
}
