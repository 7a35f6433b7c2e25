package id.canting;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold (only root-package APIs cross modules, no cycles), and the module diagram is written. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CantingApplication.class);

	@Test
	void modulesOnlyUseEachOthersApi() {
		MODULES.verify();
	}

	/**
	 * Into target/spring-modulith-docs (not the source tree: the relation order varies between runs);
	 * docs/modules holds a copy taken after a change of module dependencies.
	 */
	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeModuleCanvases();
	}
}
