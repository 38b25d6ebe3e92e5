package io.cvmjourneys.engine;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects at deployment what would let a model run arbitrary code — script tasks, scripts in
 * listeners, conditions or input/output mappings, Java classes named by {@code camunda:class} — and
 * a {@code camunda:delegateExpression} that is not {@code ${bean}} naming a delegate or listener of
 * this application, so a mistyped bean fails the CVM manager's deployment, not a customer's journey,
 * and no delegate expression reaches past the beans ({@code ${execution.getProcessEngineServices()}}).
 * Every other expression of the model — any attribute or text with {@code ${…}} or {@code #{…}}:
 * conditions, {@code camunda:expression} of tasks and listeners, mappings, timers, assignments,
 * message and signal names — keeps to {@link ModelExpressions}' rule: variables, literals, operators,
 * the engine's functions, properties of variables and a decision's result; no engine object
 * ({@code execution}, {@code task}), no method but a decision result's, nothing inside a bean, no
 * {@code class}. What the shipped journeys use ({@code ${riskScore > 70}},
 * {@code ${decisionResult.getSingleResult().planEligible}}) keeps to it.
 */
class ExecutableModelPolicy extends AbstractBpmnParseListener {

    private static final Pattern SIMPLE_BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");
    private static final String DELEGATE_EXPRESSION = "delegateExpression";
    /** Texts people read, never evaluated. */
    private static final Set<String> PROSE = Set.of("documentation", "text");

    private final Predicate<String> isDelegateBean;
    private final ModelExpressions expressions;

    ExecutableModelPolicy(Predicate<String> isDelegateBean) {
        this.isDelegateBean = isDelegateBean;
        this.expressions = new ModelExpressions(isDelegateBean);
    }

    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);
    private static final String[] EXTENSION_NAMESPACES =
            {BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS, BpmnParser.ACTIVITI_BPMN_EXTENSIONS_NS};

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        check(processElement, "Process '" + processDefinition.getKey() + "'", processElement);
    }

    /** What lies beside the processes and holds expressions too: messages, signals, errors, escalations. */
    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
        rootElement.elements().stream().filter(child -> !"process".equals(child.getTagName()))
                .forEach(child -> check(child, "The model's " + child.getTagName() + " " + idOf(child), child));
    }

    /** @param owner the element itself or, when it has no id (a listener, a mapping), the nearest one around it that has */
    private void check(Element element, String what, Element owner) {
        Element named = element.attribute("id") != null ? element : owner;
        String violation = violation(element, named);
        if (violation != null) {
            throw new BpmnParseException(what + " is refused: " + violation + " (line " + element.getLine() + ").", element);
        }
        element.elements().forEach(child -> check(child, what, named));
    }

    private String violation(Element element, Element owner) {
        String code = codeViolation(element);
        if (code != null) {
            return code + ". Models run no scripts and no Java classes here; call a Spring bean with"
                    + " camunda:delegateExpression=\"${beanName}\" instead";
        }
        String delegate = unknownDelegate(element);
        return delegate != null ? delegate : unsafeExpression(element, owner);
    }

    private String unsafeExpression(Element element, Element owner) {
        for (String name : element.attributes()) {
            String value = element.attribute(name);
            if (!name.endsWith(DELEGATE_EXPRESSION) && ModelExpressions.holdsExpression(value)) {
                String refused = refusedExpression(element, owner, value, "attribute " + name);
                if (refused != null) {
                    return refused;
                }
            }
        }
        String text = element.getText() == null ? null : element.getText().trim();
        return PROSE.contains(element.getTagName()) || !ModelExpressions.holdsExpression(text) ? null
                : refusedExpression(element, owner, text, "text");
    }

    private String refusedExpression(Element element, Element owner, String expression, String where) {
        String why = expressions.violation(expression);
        String inOwner = owner == element ? "" : " in '" + owner.getTagName() + "' " + idOf(owner);
        return why == null ? null : ("'" + element.getTagName() + "' " + idOf(element)).trim() + inOwner + " has the expression " + expression
                + " (" + where + "): " + why + ". Expressions here read variables, a decision's result and the engine's"
                + " functions only; work that needs more belongs in a delegate bean";
    }

    private static String codeViolation(Element element) {
        String tag = element.getTagName();
        boolean extension = isExtension(element.getUri());
        if (!extension && "scriptTask".equals(tag)) {
            return "script task '" + element.attribute("id") + "'";
        }
        if (extension && "script".equals(tag)) {
            return "a camunda:script inside '" + tag + "'";
        }
        if (element.attribute("language") != null) {
            return "a script in language '" + element.attribute("language") + "' in '" + tag + "'";
        }
        String className = extension ? element.attribute("class") : element.attributeNS(CAMUNDA, "class");
        if (className != null) {
            return "camunda:class=\"" + className + "\" on '" + tag + "'";
        }
        return null;
    }

    private String unknownDelegate(Element element) {
        String delegate = isExtension(element.getUri()) ? element.attribute("delegateExpression")
                : element.attributeNS(CAMUNDA, "delegateExpression");
        if (delegate == null) {
            return null;
        }
        Matcher bean = SIMPLE_BEAN_REFERENCE.matcher(delegate);
        if (!bean.matches()) {
            return "'" + element.getTagName() + "' " + idOf(element) + " has camunda:delegateExpression=\"" + delegate
                    + "\"; a delegate expression names one bean of this application, as ${beanName}";
        }
        if (isDelegateBean.test(bean.group(1))) {
            return null;
        }
        return "'" + element.getTagName() + "' " + idOf(element) + " names " + delegate
                + ", which is no delegate or listener bean of this application (check the spelling)";
    }

    private static String idOf(Element element) {
        return element.attribute("id") == null ? "" : "'" + element.attribute("id") + "'";
    }

    private static boolean isExtension(String uri) {
        for (String namespace : EXTENSION_NAMESPACES) {
            if (namespace.equals(uri)) {
                return true;
            }
        }
        return false;
    }
}
