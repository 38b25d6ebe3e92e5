package io.cvmjourneys.testsupport;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A journey started through the intake, as the assertions need it: by id only, so it also serves a
 * journey that ended within its first transaction (the runtime no longer knows it; history does).
 */
public record StartedJourney(String id, String processDefinitionKey) implements ProcessInstance {

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getProcessInstanceId() {
        return id;
    }

    @Override
    public String getRootProcessInstanceId() {
        return id;
    }

    @Override
    public String getProcessDefinitionId() {
        return null;
    }

    @Override
    public String getProcessDefinitionKey() {
        return processDefinitionKey;
    }

    @Override
    public String getBusinessKey() {
        return null;
    }

    @Override
    public String getCaseInstanceId() {
        return null;
    }

    @Override
    public boolean isSuspended() {
        return false;
    }

    @Override
    public boolean isEnded() {
        return false;
    }

    @Override
    public String getTenantId() {
        return null;
    }
}
