package id.canting;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The empty database of one module's test context ({@link CantingModuleTest}): its own, not the
 * shared one the full application fills with the demo data, and not another module's, so a module
 * test sees only what its own tests built. On H2 an in-memory database per module; with
 * {@code -Ppostgres} a database per module beside the run's, created when the context starts and
 * dropped with the run's ({@link TestDatabase}). Flyway then migrates it as in production.
 */
record ModuleDatabase(String module) implements ContextCustomizer {

	/** The module a test belongs to: the package below {@code id.canting} it lives in. */
	static String moduleOf(Class<?> testClass) {
		String below = testClass.getPackageName().substring(CantingApplication.class.getPackageName().length() + 1);
		int dot = below.indexOf('.');
		return dot < 0 ? below : below.substring(0, dot);
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("moduleDatabase", Map.of("spring.datasource.url", TestDatabase.moduleDatabaseUrl(module))));
	}

	/** Registered by {@link CantingModuleTest}: one database (and so one context) per module. */
	static class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
			return new ModuleDatabase(moduleOf(testClass));
		}
	}
}
