package com.mentorflow.insights;

import com.mentorflow.people.PreferredLanguages;
import com.mentorflow.people.Program;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The program manager's CSV exports over REST: the same services and rows as the views' "Export CSV" links, written
 * through {@link SafeCsv} and streamed as they are read.
 */
@RestController
@Tag(name = "Insights")
class ExportController {

    private static final String CSV = "text/csv;charset=UTF-8";

    private final AttentionLists attention;
    private final ApprovalQueue approvals;
    private final ProgramFigures figures;
    private final ReaderZones zones;
    private final PreferredLanguages languages;

    ExportController(AttentionLists attention, ApprovalQueue approvals, ProgramFigures figures, ReaderZones zones,
                     PreferredLanguages languages) {
        this.attention = attention;
        this.approvals = approvals;
        this.figures = figures;
        this.zones = zones;
        this.languages = languages;
    }

    @GetMapping("/api/exports/attention/{list}")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER', 'ADMIN')")
    @Operation(summary = "A \"Needs attention\" list as CSV", description = "list: REQUESTS, MENTORSHIPS, MODULES, "
            + "UNPUBLISHED or RENEWALS.", responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
    void attention(@PathVariable AttentionLists.Kind list, HttpServletResponse response) throws IOException {
        write(response, "attention-" + list.name().toLowerCase() + ".csv", (csv, written) -> attention.writeCsv(list, csv, written));
    }

    @GetMapping("/api/exports/approvals")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER', 'ADMIN')")
    @Operation(summary = "Decisions waiting for program managers as CSV",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
    void approvals(HttpServletResponse response) throws IOException {
        write(response, "approvals.csv", approvals::writeCsv);
    }

    @GetMapping("/api/exports/program-overview")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER', 'ADMIN')")
    @Operation(summary = "The program overview's figures as CSV", description = "Filters optional, as on the overview: "
            + "program, cohort (yyyy-MM, the month it started), country, site, businessLine.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
    void programOverview(@RequestParam(required = false) Program program, @RequestParam(required = false) YearMonth cohort,
                         @RequestParam(required = false) String country, @RequestParam(required = false) String site,
                         @RequestParam(required = false) String businessLine, HttpServletResponse response) throws IOException {
        ProgramFigures.Overview overview = figures.overview(new ProgramFigures.Filter(program, cohort, country, site, businessLine),
                languages.chosenBy(CurrentUser.username()).orElse(null));
        write(response, "program-overview.csv", (csv, written) -> figures.writeCsv(overview, csv, written));
    }

    /**
     * Headers first, then rows as they come: the whole file is never held in memory. Times in the caller's zone, headers
     * in the language they chose (a REST client has no browser language to go by; English when they chose none).
     */
    private void write(HttpServletResponse response, String fileName, CsvDownload.Rows rows) throws IOException {
        response.setContentType(CSV);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        String username = CurrentUser.username();
        try (SafeCsv csv = new SafeCsv(writer, zones.zoneOf(username), languages.chosenBy(username).orElse(null))) {
            rows.write(csv, () -> { });
        }
    }
}
