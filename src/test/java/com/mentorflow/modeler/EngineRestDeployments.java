package com.mentorflow.modeler;

import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** What the desktop Camunda Modeler sends to /engine-rest: a multipart deployment of one file. */
final class EngineRestDeployments {

    private EngineRestDeployments() {
    }

    static ResponseEntity<String> deploy(TestRestTemplate http, Account admin, String name, String fileName, byte[] model) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", name);
        form.add("data", new ByteArrayResource(model) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
    }
}
