package com.mentorflow.circles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The employee networks a circle may belong to, for any signed-in person. */
@RestController
@Tag(name = "Circles")
class AffinityNetworkController {

    record Network(int id, String name) {
    }

    private final AffinityNetworks networks;

    AffinityNetworkController(AffinityNetworks networks) {
        this.networks = networks;
    }

    @GetMapping("/api/affinity-networks")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Affinity networks, by name")
    List<Network> all() {
        return networks.all().entrySet().stream().map(e -> new Network(e.getKey(), e.getValue())).toList();
    }
}
