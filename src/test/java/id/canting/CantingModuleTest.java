package id.canting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.TestPropertySource;

/**
 * A module test: only the test's module (and, with a {@link #value mode}, the modules it depends on)
 * plus {@code shared}, on an empty database of its own ({@link ModuleDatabase}), without the demo
 * data. For behaviour inside a module, with fixtures from the test-data builders and
 * {@code Scenario} for events; the whole application stays with {@link CantingTest}. Each module
 * gets one context, shared by its module test classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ContextCustomizerFactories(ModuleDatabase.Factory.class)
@TestPropertySource(properties = { "canting.demo.enabled=false",
		// uploaded documents of the tests stay in the build's temporary files, not beside the app's data
		"canting.files.dir=${java.io.tmpdir}/canting-test-files",
		// a module test runs one thing at a time; several cached module contexts must not hold the
		// PostgreSQL server's connections (Hikari's default keeps 10 open per context)
		"spring.datasource.hikari.maximum-pool-size=4" })
public @interface CantingModuleTest {

	/** Which other modules start with the test's module: by default none (shared always does). */
	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
	BootstrapMode value() default BootstrapMode.STANDALONE;

	/**
	 * Further modules to start, by name (e.g. {@code "registry"} for a listener's test that makes the
	 * change through the registry's facade). The test classes of one module should all name the same,
	 * so that they share one context.
	 */
	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
	String[] extraIncludes() default {};
}
