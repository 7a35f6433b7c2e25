package id.canting.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless LibreOffice ({@code libreoffice-calc-nogui}), to re-save a file as an official's
 * LibreOffice would. Missing, its tests are skipped on a developer's machine but fail on CI (CI=true),
 * as the browser tests do with Chromium.
 */
final class LibreOffice {

	static final Path SOFFICE = Path.of("/usr/bin/soffice");

	private LibreOffice() {
	}

	static void requireInstalled() {
		if (Files.isExecutable(SOFFICE)) {
			return;
		}
		String missing = "This test needs " + SOFFICE + " (Debian package libreoffice-calc-nogui)";
		if ("true".equals(System.getenv("CI"))) {
			Assertions.fail("CI must run the LibreOffice round trip: install libreoffice-calc-nogui. " + missing);
		}
		Assumptions.assumeTrue(false, missing + "; skipped.");
	}

	/**
	 * Opens {@code file} and saves it again as {@code format} (e.g. {@code xlsx}) in {@code outDir}, with
	 * a fresh profile in {@code work} so that no user setting changes the result; returns the new file.
	 */
	static Path resave(Path file, String format, Path work) throws IOException, InterruptedException {
		Path profile = Files.createDirectories(work.resolve("profile"));
		Path out = Files.createDirectories(work.resolve("out"));
		Process soffice = new ProcessBuilder(SOFFICE.toString(), "--headless", "--norestore",
				"-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", out.toString(),
				file.toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("soffice.log").toFile())
			.start();
		if (!soffice.waitFor(120, TimeUnit.SECONDS)) {
			soffice.destroyForcibly();
			throw new IllegalStateException("soffice did not finish within 120 s");
		}
		String name = file.getFileName().toString();
		Path saved = out.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
		if (soffice.exitValue() != 0 || !Files.exists(saved)) {
			throw new IllegalStateException("soffice failed: " + Files.readString(work.resolve("soffice.log")));
		}
		return saved;
	}
}
