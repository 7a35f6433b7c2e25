package id.canting.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;

/**
 * The started app is ready, and its readiness is made of the start being over, the database and the
 * sign-in check, so that the probe a load balancer uses cannot say UP before the demo accounts exist.
 */
@CantingTest
class ReadinessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	@Test
	void readyAfterTheStartWithTheSignInCheckInTheReadinessGroup() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
			.isEqualTo("readinessState,db,signIn");
		// the group's members exist (their names are not checked at start: module tests lack some)
		assertThat(context.getBean("signInHealthIndicator", HealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
		assertThat(context.containsBean("dbHealthContributor") || context.containsBean("dbHealthIndicator")).isTrue();
		// and the demo sign-in works, as a script that waited for ready would do it
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/token")
			.contentType("application/json")
			.content("{\"username\":\"admin\",\"password\":\"canting-demo\"}")).andExpect(status().isOk());
	}
}
