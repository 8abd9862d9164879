package com.mentorflow.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * The audit history level (camunda.bpm.history-level: audit) without the engine's multi-instance counters: a
 * journey start keeps its modules, meetings and check-ins as 15 instances, and the engine's nrOf* and loopCounter
 * variables were 24 of its 44 historic variable rows (JourneyWaveBenchmark). They count what the activity
 * instances already record; which module or meeting an instance was stays in history. Same id and name as audit
 * (the database's stored level still matches); the engine picks the last level of that name, this one.
 */
@Component
class AuditWithoutLoopCounters extends AbstractProcessEnginePlugin {

    static final Set<String> LOOP_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances",
            "loopCounter");

    static final HistoryLevel LEVEL = new HistoryLevelAudit() {
        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (entity instanceof VariableInstanceEntity variable && LOOP_COUNTERS.contains(variable.getName())) {
                return false;
            }
            return super.isHistoryEventProduced(eventType, entity);
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(LEVEL);
        configuration.setCustomHistoryLevels(levels);
    }
}
