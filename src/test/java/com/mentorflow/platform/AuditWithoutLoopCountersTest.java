package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

class AuditWithoutLoopCountersTest {

    @Test
    void keepsTheModuleOfAnInstanceButNotTheEnginesCounters() {
        assertThat(AuditWithoutLoopCounters.LEVEL.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                variable("module"))).isTrue();
        assertThat(AuditWithoutLoopCounters.LEVEL.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                variable("loopCounter"))).isFalse();
        assertThat(AuditWithoutLoopCounters.LEVEL.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
                variable("nrOfCompletedInstances"))).isFalse();
    }

    @Test
    void isAuditToTheDatabaseAndOtherwiseAsAudit() {
        assertThat(AuditWithoutLoopCounters.LEVEL.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getId());
        assertThat(AuditWithoutLoopCounters.LEVEL.getName()).isEqualTo("audit");
        assertThat(AuditWithoutLoopCounters.LEVEL.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, null))
                .isTrue();
        assertThat(AuditWithoutLoopCounters.LEVEL.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, null))
                .isFalse();
    }

    private static VariableInstanceEntity variable(String name) {
        VariableInstanceEntity variable = new VariableInstanceEntity();
        variable.setName(name);
        return variable;
    }
}
