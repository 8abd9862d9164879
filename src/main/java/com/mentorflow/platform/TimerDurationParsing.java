package com.mentorflow.platform;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine parses every timer's ISO duration with a new {@code DatatypeFactory} (Camunda's DurationHelper), and
 * {@link DatatypeFactory#newInstance()} searches every jar on the class path for a provider each time before it falls
 * back to the JDK's own: a quarter of a journey start's CPU, which creates 15 timers (JFR of JourneyWaveBenchmark).
 * No jar here offers one, so naming the JDK's own implementation, where the search ends anyway, skips the search.
 * A factory an operator names with -Djavax.xml.datatype.DatatypeFactory stays theirs.
 */
@Component
class TimerDurationParsing extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
