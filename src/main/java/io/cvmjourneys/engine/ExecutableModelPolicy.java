package io.cvmjourneys.engine;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects at deployment what would let a model run arbitrary code — script tasks, scripts in
 * listeners, conditions or input/output mappings, Java classes named by {@code camunda:class} — and
 * a {@code camunda:delegateExpression} that is not {@code ${bean}} naming a delegate or listener of
 * this application, so a mistyped bean fails the CVM manager's deployment, not a customer's journey,
 * and no delegate expression reaches past the beans ({@code ${execution.getProcessEngineServices()}}).
 */
class ExecutableModelPolicy extends AbstractBpmnParseListener {

    private static final Pattern SIMPLE_BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

    private final Predicate<String> isDelegateBean;

    ExecutableModelPolicy(Predicate<String> isDelegateBean) {
        this.isDelegateBean = isDelegateBean;
    }

    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);
    private static final String[] EXTENSION_NAMESPACES =
            {BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS, BpmnParser.ACTIVITI_BPMN_EXTENSIONS_NS};

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        check(processElement, processDefinition.getKey());
    }

    private void check(Element element, String processKey) {
        String violation = violation(element);
        if (violation != null) {
            throw new BpmnParseException("Process '" + processKey + "' is refused: " + violation
                    + " (line " + element.getLine() + ").", element);
        }
        element.elements().forEach(child -> check(child, processKey));
    }

    private String violation(Element element) {
        String code = codeViolation(element);
        return code == null ? unknownDelegate(element)
                : code + ". Models run no scripts and no Java classes here; call a Spring bean with"
                        + " camunda:delegateExpression=\"${beanName}\" instead";
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
