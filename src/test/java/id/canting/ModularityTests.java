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

	/** Into docs/modules, so the diagram in the repository is always the one the code implies. */
	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
