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
    void isAuditToTheDatabaseAndOtherwiseAnswersAsAudit() {
        assertThat(AuditWithoutLoopCounters.LEVEL.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getId());
        assertThat(AuditWithoutLoopCounters.LEVEL.getName()).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getName());
        for (HistoryEventTypes type : HistoryEventTypes.values()) {
            for (Object entity : new Object[] {null, variable("module")}) {
                assertThat(AuditWithoutLoopCounters.LEVEL.isHistoryEventProduced(type, entity)).as(type.name())
                        .isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(type, entity));
            }
        }
    }

    private static VariableInstanceEntity variable(String name) {
        VariableInstanceEntity variable = new VariableInstanceEntity();
        variable.setName(name);
        return variable;
    }
}
