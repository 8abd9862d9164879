package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingProcess;
import com.mentorflow.people.Program;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Each export, fed a display name or title that is a formula, writes it as text. */
@MentorflowTest
@WithMockUser(username = "csv-pm", roles = "PROGRAM_MANAGER")
class CsvExportsTest {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    @Autowired AttentionLists lists;
    @Autowired ApprovalQueue approvals;
    @Autowired ProcessMaps maps;
    @Autowired ProgramFigures figures;
    @Autowired TestMentorships people;
    @Autowired AccountService accounts;
    @Autowired MatchRequests requests;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void requestsWaitingOverSevenDays() throws Exception {
        Account mentee = people.person("csv-mentee", false, Program.OPEN);
        Account mentor = people.person("csv-mentor", true, Program.OPEN);
        jdbc.update("update mentorflow.account set display_name = ? where id = ?", FORMULA, mentee.getId());
        long requestId = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, "Hello, could you mentor me this year?");
        jdbc.update("update mentorflow.match_request set created_at = created_at - interval '8 days' where id = ?", requestId);

        List<CSVRecord> rows = export(csv -> lists.writeCsv(AttentionLists.Kind.REQUESTS, csv, () -> { }));

        assertThat(rows).anySatisfy(row -> assertThat(row.get(2)).isEqualTo("'" + FORMULA + " asked csv-mentor"));
        assertNoCellIsAFormula(rows);
    }

    @Test
    void approvals() throws Exception {
        Task task = taskService.newTask();
        task.setName(FORMULA);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), ApprovalQueue.GROUP);
        try {
            List<CSVRecord> rows = export(csv -> approvals.writeCsv(csv, () -> { }));

            assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("'" + FORMULA));
            assertNoCellIsAFormula(rows);
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    @Test
    void processInstancesAtAnActivity() throws Exception {
        Account participant = TestPeople.participant(accounts, "csv-map");
        String instanceId = taskService.createTaskQuery().taskAssignee(participant.getUsername()).singleResult()
                .getProcessInstanceId();
        // A business key is whatever the starter gave (engine REST takes any text).
        jdbc.update("update public.act_ru_execution set business_key_ = ? where id_ = ?", FORMULA, instanceId);
        ProcessMaps.Model onboarding = maps.models().stream().filter(m -> m.key().equals(OnboardingProcess.PROCESS_KEY))
                .findFirst().orElseThrow();

        List<CSVRecord> rows = export(csv -> maps.writeCsv(onboarding, OnboardingProcess.TASK_COMPLETE_PROFILE, csv, () -> { }));

        assertThat(rows).anySatisfy(row -> assertThat(row.get(3)).isEqualTo("'" + FORMULA));
        assertNoCellIsAFormula(rows);
    }

    @Test
    void programOverview() throws Exception {
        ProgramFigures.Overview overview = new ProgramFigures.Overview(Instant.now(), Duration.ZERO,
                List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11)),
                List.of(new ProgramFigures.Figure("k", "-Mentees", "+explained", "@1", java.util.Arrays.asList(-1.5, null))),
                List.of(new ProgramFigures.ModuleCompletion(1, FORMULA, 4, 1)), Map.of("RECRUITING", 2L));

        List<CSVRecord> rows = export(csv -> figures.writeCsv(overview, csv, () -> { }));

        assertThat(rows.get(1).toList()).containsExactly("'-Mentees", "'@1", "'+explained", "-1.5", "");
        assertThat(rows.get(2).get(0)).isEqualTo("Module 1 completed: " + FORMULA);
        assertThat(rows.get(2).get(0)).doesNotStartWith("=");
    }

    interface Export {
        void write(SafeCsv csv) throws Exception;
    }

    private static List<CSVRecord> export(Export export) throws Exception {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, java.time.ZoneId.of("Europe/Berlin"))) {
            export.write(csv);
        }
        try (CSVParser parser = CSVParser.parse(out.toString(), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    private static void assertNoCellIsAFormula(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }
}
