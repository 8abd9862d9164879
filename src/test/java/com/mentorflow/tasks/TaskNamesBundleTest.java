package com.mentorflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * i18n/tasks-names cannot drift from the shipped models: every user task has its name there, the English word for word
 * as the model says it, and the bundle names no task the models lack.
 */
class TaskNamesBundleTest {

    /** Key, then the model's name, for every user task of processes/*.bpmn. */
    private static Map<String, String> modelled() throws IOException {
        Map<String, String> names = new TreeMap<>();
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
        assertThat(models).as("the shipped models").hasSizeGreaterThanOrEqualTo(4);
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                BpmnModelInstance instance = Bpmn.readModelFromStream(in);
                for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
                    names.put(TaskWording.key(processOf(task).getId(), task.getId()), task.getName());
                }
            }
        }
        return names;
    }

    /** The process a task is in, through any sub-processes. */
    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        return parent instanceof Process process ? process : processOf(parent);
    }

    @Test
    void everyUserTaskOfTheModelsHasItsModelsNameInEnglish() throws IOException {
        Map<String, String> modelled = modelled();

        assertThat(modelled).containsKeys("tasks.task.mentee-journey.Task_CompleteModule",
                "tasks.task.participant-onboarding.Task_CompleteProfile");
        modelled.forEach((key, name) -> assertThat(Texts.text(Languages.ENGLISH, key)).as(key).isEqualTo(name));
    }

    @Test
    void theBundleNamesNoTaskTheModelsLack() throws IOException {
        Set<String> modelled = modelled().keySet();
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("i18n/tasks-names.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }

        // A form of a name ("<task key>.numbered") belongs to its task's key.
        Set<String> tasks = bundle.stringPropertyNames().stream()
                .map(key -> modelled.contains(key) ? key : key.substring(0, key.lastIndexOf('.')))
                .collect(Collectors.toSet());
        assertThat(modelled).containsAll(tasks);
    }
}
