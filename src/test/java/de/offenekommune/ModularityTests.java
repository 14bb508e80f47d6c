package de.offenekommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    // Detected once for the class: reading every class of the application takes seconds.
    private static final ApplicationModules modules = ApplicationModules.of(OffeneKommuneApplication.class);

    @Test
    void capabilities_only_use_each_others_published_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void every_capability_declares_what_it_may_use_and_uses_all_it_declares() {
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, Set<String>> used = new TreeMap<>();

        modules.forEach(module -> {
            declared.put(module.getIdentifier().toString(), declared(module));
            used.put(module.getIdentifier().toString(), used(module));
        });

        assertThat(declared).allSatisfy((module, dependencies) -> assertThat(dependencies)
                .as("%s declares allowedDependencies", module)
                .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN));
        assertThat(used).as("dependencies in use, by module").isEqualTo(declared);
    }

    @Test
    void every_package_is_null_marked() {
        Set<String> packages = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(OffeneKommuneApplication.class.getPackageName())
                .forEach(type -> packages.add(type.getPackageName()));

        assertThat(packages).isNotEmpty().allSatisfy(name -> assertThat(nullMarked(name))
                .as("package-info.java of %s carries @NullMarked", name).isTrue());
    }

    @Test
    void verification_refuses_a_dependency_that_is_not_declared() {
        // The fixtures live among the tests, which the detection leaves out unless told otherwise.
        ImportOption everything = location -> true;

        assertThatExceptionOfType(Violations.class)
                .isThrownBy(() -> ApplicationModules.of("de.offenekommune.modularity.undeclared", everything).verify())
                .withMessageContaining("shop")
                .withMessageContaining("Stock");
        assertThatNoException()
                .isThrownBy(() -> ApplicationModules.of("de.offenekommune.modularity.declared", everything).verify());
    }

    @Test
    void writes_module_documentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        String overview = Files.readString(DOCS.resolve("components.puml"));
        assertThat(modules.stream()).allSatisfy(module -> {
            assertThat(overview).contains("\"" + module.getDisplayName() + "\", $techn=\"Module\"");
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile();
        });
        assertThat(overview).contains("Rel(");
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The module's {@code allowedDependencies} as written, {@code "platform :: web"} normalized to one space. */
    private static Set<String> declared(ApplicationModule module) {
        try {
            Class<?> packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            var annotation = packageInfo.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            Set<String> declared = new TreeSet<>();
            for (String dependency : annotation.allowedDependencies()) {
                declared.add(dependency.replaceAll("\\s*::\\s*", " :: ").trim());
            }
            return declared;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(module.getIdentifier() + " has no package-info", e);
        }
    }

    /** What the module's classes use of other modules: the module for its root types, or "module :: interface". */
    private static Set<String> used(ApplicationModule module) {
        Set<String> used = new TreeSet<>();
        module.getDirectDependencies(modules).stream().forEach(dependency -> {
            ApplicationModule target = dependency.getTargetModule();
            boolean root = target.getNamedInterfaces().getNamedInterfacesContaining(dependency.getTargetType())
                    .anyMatch(NamedInterface::isUnnamed);
            used.add(root ? target.getIdentifier().toString()
                    : target.getIdentifier() + " :: " + target.getNamedInterfaces()
                            .getNamedInterfacesContaining(dependency.getTargetType())
                            .map(NamedInterface::getName).findFirst().orElse("?"));
        });
        return used;
    }
}
