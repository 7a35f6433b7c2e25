package id.canting.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document's title and its bearer-token scheme, so Swagger UI can call protected endpoints. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI cantingOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Canting API")
				.description("Registry, statistics and accounts of Indonesia's batik IKM. Get a token with "
						+ "POST /api/v1/auth/token and send it as Authorization: Bearer <token>.")
				.version("v1"))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
