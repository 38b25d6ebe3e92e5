package io.cvmjourneys.engine;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * Rejects at deployment what would let a model run arbitrary code: script tasks, scripts in
 * listeners, conditions or input/output mappings, and Java classes named by {@code camunda:class}.
 * Models call Spring beans through {@code camunda:delegateExpression} instead.
 */
class ScriptFreeModelPolicy extends AbstractBpmnParseListener {

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
                    + " (line " + element.getLine() + "). Models run no scripts and no Java classes here;"
                    + " call a Spring bean with camunda:delegateExpression=\"${beanName}\" instead.", element);
        }
        element.elements().forEach(child -> check(child, processKey));
    }

    private static String violation(Element element) {
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

    private static boolean isExtension(String uri) {
        for (String namespace : EXTENSION_NAMESPACES) {
            if (namespace.equals(uri)) {
                return true;
            }
        }
        return false;
    }
}
