package io.cvmjourneys.engine;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.dmn.engine.impl.transform.DmnTransformException;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * What a deployed decision table may say: the same as a process model ({@link ModelExpressions}).
 * A table's JUEL (the default for input expressions, output entries and literal expressions here,
 * see {@code dmnFeelEnableLegacyBehavior}) is held to that rule, whether written as {@code ${…}} or
 * bare ({@code reason.getClass()}); FEEL calls no Java; a script language is refused, as scripts are
 * in processes. The check runs where the engine turns the table into a decision, so a table that
 * breaks it is not deployed, and the NBA's own DMN engine only ever reads deployed tables.
 */
final class DecisionTableExpressionPolicy implements DmnTransformListener {

    private static final Set<String> JUEL = Set.of("juel", "jakarta-el", "el");
    /** FEEL's names, lower case: the DMN versions' namespaces and the short ones. */
    private static final Set<String> FEEL = Stream.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15)
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private final ModelExpressions expressions;
    private final DefaultDmnEngineConfiguration defaults;

    DecisionTableExpressionPolicy(Predicate<String> isBean, DefaultDmnEngineConfiguration defaults) {
        this.expressions = new ModelExpressions(isBean);
        this.defaults = defaults;
    }

    @Override
    public void transformDecision(Decision decision, DmnDecision dmnDecision) {
        if (dmnDecision.getDecisionLogic() instanceof DmnDecisionLiteralExpressionImpl literal) {
            check(literal.getExpression(), defaults.getDefaultLiteralExpressionLanguage(),
                    "literal expression of decision '" + decision.getId() + "'");
        }
    }

    @Override
    public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
        check(dmnInput.getExpression(), defaults.getDefaultInputExpressionExpressionLanguage(),
                "input '" + nameOf(dmnInput.getName(), input.getId()) + "'");
    }

    @Override
    public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
        // an output names a variable; its values are the rules' entries
    }

    @Override
    public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
        dmnRule.getConditions().forEach(condition -> check(condition, defaults.getDefaultInputEntryExpressionLanguage(),
                "condition of rule '" + rule.getId() + "'"));
        dmnRule.getConclusions().forEach(conclusion -> check(conclusion, defaults.getDefaultOutputEntryExpressionLanguage(),
                "output entry of rule '" + rule.getId() + "'"));
    }

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
        // its decisions were checked one by one
    }

    private void check(DmnExpressionImpl expression, String defaultLanguage, String where) {
        String text = expression == null ? null : expression.getExpression();
        if (text == null || text.isBlank()) {
            return;
        }
        String language = (expression.getExpressionLanguage() == null ? defaultLanguage : expression.getExpressionLanguage())
                .toLowerCase(Locale.ROOT);
        if (FEEL.contains(language)) {
            return;
        }
        if (!JUEL.contains(language)) {
            throw refused(where, text, "it is written in '" + language + "'; decision tables run no scripts here,"
                    + " write it in FEEL");
        }
        String violation = ModelExpressions.holdsExpression(text) ? expressions.violation(text)
                : bareViolation(text);
        if (violation != null) {
            throw refused(where, text, violation);
        }
    }

    /** A bare JUEL text is read as an expression; one that does not parse as one stays a literal. */
    private String bareViolation(String text) {
        String violation = expressions.violation("${" + text + "}");
        return ModelExpressions.NOT_AN_EXPRESSION.equals(violation) ? null : violation;
    }

    private static DmnTransformException refused(String where, String text, String violation) {
        return new DmnTransformException("The decision table's " + where + " is refused: " + text + " — " + violation + ".");
    }

    private static String nameOf(String name, String id) {
        return name == null ? id : name;
    }
}
