package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The runtime sandbox on its own: with the validator taken out of the engine, every hostile expression is
 * deployed and then fails when the engine evaluates it, and nothing it aimed at happens. The expressions
 * Mentorflow's models use still work.
 */
@MentorflowTest
class ExpressionSandboxTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired FormService formService;
    @Autowired DecisionService decisionService;

    private List<Deployer> deployers;

    static List<HostileExpressions.Case> hostileExpressions() {
        return HostileExpressions.all();
    }

    @BeforeEach
    void takeTheValidatorOut() {
        ProcessEngineConfigurationImpl configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        deployers = configuration.getDeployers();
        configuration.getDeploymentCache().setDeployers(deployers.stream()
                .filter(d -> !(d instanceof ModelDeploymentGuard.ValidatingDeployer)).toList());
    }

    @AfterEach
    void putItBack() {
        ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDeploymentCache().setDeployers(deployers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileExpressions")
    void failsWhenEvaluatedAndDoesNoHarm(HostileExpressions.Case hostile) {
        String deploymentId = repositoryService.createDeployment().name("sandbox: " + hostile.name())
                .addString(hostile.file(), hostile.xml()).deploy().getId();
        try {
            Map<String, Object> variables = Map.of("x", "a value", "method", "getClass");
            assertThatThrownBy(() -> {
                switch (hostile.placement()) {
                    case START -> runtimeService.startProcessInstanceByKey("hostile-" + hostile.number(), variables);
                    case START_FORM -> formService.getStartFormVariables(repositoryService.createProcessDefinitionQuery()
                            .deploymentId(deploymentId).singleResult().getId());
                    case DECISION -> decisionService.evaluateDecisionByKey("hostile-" + hostile.number())
                            .variables(variables).evaluate();
                }
            }).isInstanceOf(ProcessEngineException.class).satisfies(e -> assertThat(causes(e))
                    .containsAnyOf("Refused by Mentorflow's expression sandbox", "Cannot resolve identifier",
                            "Could not resolve function", "Unknown property used in expression"));
            assertThat(Path.of(HostileExpressions.MARKER + hostile.number())).doesNotExist();
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("hostile-" + hostile.number()).count())
                    .isZero();
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void theExpressionsMentorflowsModelsUseStillWork() throws Exception {
        String outputs = "<bpmn:task id=\"Step\"><bpmn:extensionElements><camunda:inputOutput>"
                + out("month", "${programCalendar.month}") + out("modules", "${journeyPlan.moduleNumbers('NEW_HIRE')}")
                + out("copied", "${execution.getVariable('x')}") + out("compared", "${x == 'a value' &amp;&amp; not empty x}")
                + out("written", "${execution.setVariable('y', 'set by the model')}")
                + "</camunda:inputOutput></bpmn:extensionElements></bpmn:task>";
        HostileExpressions.Case allowed = HostileExpressions.bpmn(999, "allowed", HostileExpressions.Placement.START, outputs);
        String deploymentId = repositoryService.createDeployment().addString(allowed.file(), allowed.xml()).deploy().getId();
        try {
            ProcessInstance instance = runtimeService.startProcessInstanceByKey("hostile-999", Map.of("x", "a value"));
            Map<String, Object> variables = runtimeService.getVariables(instance.getId());
            assertThat(variables).containsEntry("month", "PT720H").containsEntry("copied", "a value")
                    .containsEntry("compared", true).containsEntry("y", "set by the model");
            assertThat((List<?>) variables.get("modules")).hasSize(6);
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
        assertThat(Files.exists(Path.of(HostileExpressions.MARKER + 999))).isFalse();
    }

    /** Classes and scripts are not expressions: the engine's parse listener refuses them without the validator. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("codeThatIsNotAnExpression")
    void javaClassesAndScriptsAreRefusedByTheEngineItself(String name, String step) {
        HostileExpressions.Case model = HostileExpressions.bpmn(200, name, HostileExpressions.Placement.START, step);
        long deployments = repositoryService.createDeploymentQuery().count();

        long timerThreads = timerThreads();

        assertThatThrownBy(() -> repositoryService.createDeployment().addString(model.file(), model.xml()).deploy())
                .hasMessageContaining("would run code of its own");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(timerThreads()).as("a form handler class is refused before it is instantiated").isEqualTo(timerThreads);
    }

    /** java.util.Timer starts a thread named Timer-n when it is constructed. */
    private static long timerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("Timer-")).count();
    }

    static List<org.junit.jupiter.params.provider.Arguments> codeThatIsNotAnExpression() {
        String activiti = "xmlns:activiti=\"http://activiti.org/bpmn\"";
        return List.of(
                org.junit.jupiter.params.provider.Arguments.of("a service task class",
                        "<bpmn:serviceTask id=\"Step\" camunda:class=\"java.lang.Thread\" />"),
                org.junit.jupiter.params.provider.Arguments.of("a class in the Activiti namespace",
                        "<bpmn:serviceTask id=\"Step\" " + activiti + " activiti:class=\"java.lang.Thread\" />"),
                org.junit.jupiter.params.provider.Arguments.of("an execution listener class", "<bpmn:task id=\"Step\">"
                        + "<bpmn:extensionElements><camunda:executionListener event=\"start\" class=\"java.lang.Thread\" />"
                        + "</bpmn:extensionElements></bpmn:task>"),
                org.junit.jupiter.params.provider.Arguments.of("a task listener script", "<bpmn:userTask id=\"Step\">"
                        + "<bpmn:extensionElements><camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"groovy\">"
                        + "1</camunda:script></camunda:taskListener></bpmn:extensionElements></bpmn:userTask>"),
                org.junit.jupiter.params.provider.Arguments.of("a script task", "<bpmn:scriptTask id=\"Step\" scriptFormat=\"groovy\">"
                        + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>"),
                org.junit.jupiter.params.provider.Arguments.of("a script condition", "<bpmn:exclusiveGateway id=\"Step\" default=\"Flow_Default\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Default\" sourceRef=\"Step\" targetRef=\"Wait\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Out\" sourceRef=\"Step\" targetRef=\"Wait\"><bpmn:conditionExpression "
                        + "xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">true</bpmn:conditionExpression></bpmn:sequenceFlow>"),
                org.junit.jupiter.params.provider.Arguments.of("a JUEL script on a conditional event",
                        "<bpmn:intermediateCatchEvent id=\"Step\"><bpmn:conditionalEventDefinition><bpmn:condition "
                        + "xsi:type=\"bpmn:tFormalExpression\" language=\"juel\">${''.getClass()}</bpmn:condition>"
                        + "</bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>"),
                org.junit.jupiter.params.provider.Arguments.of("a listener class on a sequence flow", "<bpmn:task id=\"Step\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_Out\" sourceRef=\"Step\" targetRef=\"Wait\"><bpmn:extensionElements>"
                        + "<camunda:executionListener event=\"take\" class=\"java.lang.Thread\" /></bpmn:extensionElements>"
                        + "</bpmn:sequenceFlow>"),
                org.junit.jupiter.params.provider.Arguments.of("a form handler class", "<bpmn:userTask id=\"Step\" "
                        + "camunda:formKey=\"app:meeting\" camunda:formHandlerClass=\"java.util.Timer\" />"),
                org.junit.jupiter.params.provider.Arguments.of("a script input", "<bpmn:task id=\"Step\"><bpmn:extensionElements>"
                        + "<camunda:inputOutput><camunda:inputParameter name=\"y\"><camunda:script scriptFormat=\"groovy\">1"
                        + "</camunda:script></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>"));
    }

    private static String out(String name, String expression) {
        return "<camunda:outputParameter name=\"" + name + "\">" + expression + "</camunda:outputParameter>";
    }

    private static String causes(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        return messages.toString();
    }
}
