package io.cvmjourneys.engine;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression of a deployed model may say (conditions, {@code camunda:expression}, input and
 * output mappings, timers, assignments, message names — any text with {@code ${…}} or {@code #{…}}):
 * variables, literals, operators, the engine's functions ({@code now()}), properties of variables,
 * and reading a decision's result ({@code decisionResult.getSingleResult().riskBand}). Not: the
 * engine's objects ({@code execution}, {@code task}…), which lead to its services; any other method
 * call; a bean's insides (a bean is named alone, by {@code camunda:delegateExpression}); the
 * {@code class} property, where Java's reflection starts; a property chosen at run time
 * ({@code x[name]}), which could be {@code class}.
 */
final class ModelExpressions {

    static final String NOT_AN_EXPRESSION = "it is not a valid expression";
    private static final Pattern HOLDS_EXPRESSION = Pattern.compile("[$#]\\{");
    private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "caseExecution", "task", "externalTask");
    private static final String DECISION_RESULT = "decisionResult";
    /** The reading methods of Camunda's DmnDecisionResult. */
    private static final Set<String> DECISION_RESULT_READS =
            Set.of("getSingleResult", "getFirstResult", "getResultList", "getSingleEntry", "collectEntries");
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final Predicate<String> isBean;

    ModelExpressions(Predicate<String> isBean) {
        this.isBean = isBean;
    }

    static boolean holdsExpression(String text) {
        return text != null && HOLDS_EXPRESSION.matcher(text).find();
    }

    /** Why the expression is refused, or null when it keeps to the rule. */
    String violation(String expression) {
        try {
            return violation(PARSER.build(expression).getRoot());
        } catch (TreeBuilderException unparseable) {
            return NOT_AN_EXPRESSION;
        }
    }

    private String violation(Node node) {
        String own = ownViolation(node);
        if (own != null) {
            return own;
        }
        for (int child = 0; child < node.getCardinality(); child++) {
            String below = violation(node.getChild(child));
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private String ownViolation(Node node) {
        if (node instanceof AstIdentifier identifier && ENGINE_OBJECTS.contains(identifier.getName())) {
            return "it names the engine's object '" + identifier.getName() + "'";
        }
        if (node instanceof AstMethod method && !(method.getChild(0) instanceof AstDot call && readsDecisionResult(call))) {
            String name = method.getChild(0) instanceof AstDot call ? "the method '" + propertyOf(call) + "'" : "a method";
            return "it calls " + name + "; an expression calls no methods but a decision result's"
                    + " (decisionResult.getSingleResult())";
        }
        if (node instanceof AstDot dot && "class".equals(propertyOf(dot))) {
            return "it reads the property 'class'";
        }
        if (node instanceof AstBracket bracket && !(bracket.getChild(1) instanceof AstLiteral key
                && !"class".equals(String.valueOf(key.eval(null, null))))) {
            return "it reads a property by a name given at run time or 'class' (x[…]); name properties as x.name";
        }
        if ((node instanceof AstDot || node instanceof AstBracket) && ((AstNode) node).getChild(0) instanceof AstIdentifier base
                && isBean.test(base.getName())) {
            return "it looks inside the bean '" + base.getName() + "'; a bean is named alone, as camunda:delegateExpression=\"${"
                    + base.getName() + "}\"";
        }
        return null;
    }

    private static boolean readsDecisionResult(AstDot method) {
        return method.getChild(0) instanceof AstIdentifier base && DECISION_RESULT.equals(base.getName())
                && DECISION_RESULT_READS.contains(propertyOf(method));
    }

    /** JUEL keeps a dot's property name to itself; its text is ". name". */
    private static String propertyOf(AstDot dot) {
        return dot.toString().substring(2);
    }
}
