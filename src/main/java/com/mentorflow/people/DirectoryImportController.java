package com.mentorflow.people;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory import for HR systems that push their export: the same service, plan and rules as the admin's
 * page. {@code dryRun=true} answers the preview and changes nothing; without it the file is imported.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "People")
class DirectoryImportController {

    private final DirectoryImport directoryImport;

    DirectoryImportController(DirectoryImport directoryImport) {
        this.directoryImport = directoryImport;
    }

    /**
     * The body is the CSV itself ({@code Content-Type: text/csv}, UTF-8), read as it arrives: a 200,000-row export
     * is never held whole.
     */
    @PostMapping(path = "/api/directory/imports", consumes = "text/csv")
    @PreAuthorize("hasRole('ADMIN')")
    DirectoryPreview importFile(HttpServletRequest request,
                                @RequestParam(defaultValue = "false") boolean dryRun,
                                @RequestParam(defaultValue = "false") boolean deactivateMissing,
                                @RequestParam(required = false) String confirmDeactivations,
                                @RequestParam(required = false) String expectedPlan) throws IOException {
        Reader csv = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
        if (dryRun) {
            return directoryImport.preview(csv, deactivateMissing, rows -> { });
        }
        return directoryImport.apply(csv, new DirectoryImport.Request(deactivateMissing, confirmDeactivations,
                expectedPlan), rows -> { });
    }
}
