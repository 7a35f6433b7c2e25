package id.canting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Canting: the information system for the development of Indonesia's batik small and medium
 * industry (IKM batik). Each top-level package below this one is a module (see DESIGN.md).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class CantingApplication {

	public static void main(String[] args) {
		SpringApplication.run(CantingApplication.class, args);
	}
}
