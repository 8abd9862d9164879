package com.mentorflow.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The OpenAPI description at {@code /api/openapi} (Swagger UI at {@code /api/docs}): title, the build's version, one
 * tag per module (an operation without its module's {@code @Tag} gets it from its controller's package, so a new
 * controller cannot end up untagged), and how to sign in: HTTP Basic or the session cookie for {@code /api}, the SCIM
 * bearer token for {@code /scim/v2}. Every operation states which of them it takes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String SESSION = "sessionCookie";
    static final String SCIM = "scimBearer";
    static final String PROBLEM = "Problem";

    /** Module tags, in the order the description lists them. */
    static final Map<String, String> MODULES = new java.util.LinkedHashMap<>();

    static {
        MODULES.put("People", "Profiles, the lists a profile chooses from, the directory and people");
        MODULES.put("Matching", "Suggestions, match requests (both sides) and mentorships");
        MODULES.put("Journey", "The year-one journey: modules, meetings, check-ins");
        MODULES.put("Circles", "Group mentoring: circles, membership, affinity networks");
        MODULES.put("Tasks", "The signed-in person's task inbox");
        MODULES.put("Insights", "Program-manager lists and CSV exports");
        MODULES.put("Modeler", "BPMN and DMN models");
        MODULES.put("SCIM", "SCIM 2.0 provisioning for identity providers (/scim/v2/Users, /scim/v2/Groups)");
    }

    private static final String DESCRIPTION = """
            The REST API of Mentorflow for HR and IT integrations.

            **Signing in.** Every `/api` call needs a signed-in person: HTTP Basic with a Mentorflow username and \
            password, or the session cookie of a browser signed in at `/login`. With the session cookie, calls that \
            change something (POST, PUT, PATCH, DELETE) also need the `X-CSRF-TOKEN` header (the token is in the \
            page's `_csrf` meta tag); calls with an `Authorization` header need none. What each role may call is \
            stated on each operation. Identity providers provision people over SCIM 2.0 at `/scim/v2` with the \
            bearer token configured as `MENTORFLOW_SCIM_TOKEN`.

            **Errors.** Every error is an RFC 9457 problem (`application/problem+json`) with `type`, `title`, \
            `status`, `detail` (a sentence for a person) and `instance` (the path called). Refused input (400) adds \
            `errors: [{"field", "message"}]`. 401 carries `WWW-Authenticate`, 429 (too many failed sign-ins) \
            `Retry-After`. Engine REST (`/engine-rest`) answers in Camunda's own format.""";

    @Bean
    OpenAPI mentorflowOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        List<Tag> tags = new ArrayList<>();
        MODULES.forEach((name, description) -> tags.add(new Tag().name(name).description(description)));
        return new OpenAPI()
                .info(new Info().title("Mentorflow API").version(version).description(DESCRIPTION))
                .tags(tags)
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A Mentorflow username and password. Too many wrong passwords in a row "
                                        + "answer 429 with Retry-After."))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session of a browser signed in at /login. POST, PUT, PATCH and DELETE "
                                        + "also need the X-CSRF-TOKEN header (from the page's _csrf meta tag)."))
                        .addSecuritySchemes(SCIM, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("SCIM 2.0 provisioning at /scim/v2 (Users, Groups): the token configured "
                                        + "as MENTORFLOW_SCIM_TOKEN. Not accepted on /api.")));
    }

    /** Springdoc tags an operation without {@code @Tag} with its controller's name: use the module's instead. */
    @Bean
    OperationCustomizer moduleTags() {
        return (operation, handler) -> {
            if (operation.getTags() == null || operation.getTags().stream().noneMatch(MODULES::containsKey)) {
                operation.setTags(new ArrayList<>(List.of(moduleOf(handler.getBeanType().getPackageName()))));
            }
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            if (rule != null) {
                String who = "Who may call it: `" + rule.value() + "`.";
                operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            }
            return operation;
        };
    }

    /** Each operation says how to sign in for it: the SCIM token under /scim, otherwise Basic or the session. */
    @Bean
    OpenApiCustomizer securityOfEveryOperation() {
        return openApi -> {
            if (openApi.getComponents() != null) {
                openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            }
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> secure(path, operation)));
            }
            // A controller's own @Tag adds a second entry of the same name: keep one per name, in the modules' order.
            Map<String, Tag> byName = new java.util.LinkedHashMap<>();
            MODULES.forEach((name, description) -> byName.put(name, new Tag().name(name).description(description)));
            if (openApi.getTags() != null) {
                openApi.getTags().forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
            }
            openApi.setTags(new ArrayList<>(byName.values()));
        };
    }

    private static void secure(String path, Operation operation) {
        if (path.startsWith("/scim/")) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(SCIM)));
            return;
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION)));
        }
        if (operation.getResponses() != null && !operation.getResponses().containsKey("default")) {
            operation.getResponses().addApiResponse("default", new ApiResponse()
                    .description("An error: an RFC 9457 problem (401, 403, 404, 409, 400 with errors, …)")
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    /** The error format's schema, which every /api operation's default response refers to. */
    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("Some input was not accepted."))
                .addProperty("instance", new StringSchema().example("/api/requests/51/decline"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("Refused input, one per field"));
    }

    /** {@code com.mentorflow.matching.x} → "Matching"; SCIM lives in people but is its own tag. */
    static String moduleOf(String packageName) {
        if (packageName.contains(".scim")) {
            return "SCIM";
        }
        String[] parts = packageName.split("\\.");
        String module = parts.length > 2 ? parts[2] : "platform";
        return module.substring(0, 1).toUpperCase(Locale.ROOT) + module.substring(1);
    }
}
