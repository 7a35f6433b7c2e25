package id.canting;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How Canting's code is written (CONVENTIONS.md), checked on every build. */
@AnalyzeClasses(packages = "id.canting", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

	@ArchTest
	static final ArchRule controllersArePackagePrivateInWeb = classes().that()
		.areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
		.should().resideInAPackage("..web..")
		.andShould().notBePublic();

	@ArchTest
	static final ArchRule noControllerCallsAnother = noClasses().that()
		.areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
		.should().dependOnClassesThat(resideInAPackage("id.canting..")
			.and(annotatedWith(Controller.class).or(annotatedWith(RestController.class))))
		.because("what a page and the API share lives in a small class of the web package (issue 14)");

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class)
		.orShould().beAnnotatedWith("jakarta.inject.Inject")
		.because("dependencies come through the constructor");

	@ArchTest
	static final ArchRule noPackagesByLayer = classes().should()
		.resideOutsideOfPackages("..controller..", "..service..", "..dto..", "..utils..", "..common..");
}
