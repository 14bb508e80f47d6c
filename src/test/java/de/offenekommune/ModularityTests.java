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
import java.util.stream.Stream;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import de.offenekommune.platform.ModuleInternal;

class ModularityTests {

    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    /** Public root types that stay where they are though no other module uses them, each with the reason. */
    private static final Map<String, String> ROOT_TYPES_KEPT_UNUSED = Map.of();

    /** The fixture modules live among the tests, which the detection leaves out unless told otherwise. */
    private static final ImportOption EVERYTHING = location -> true;

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
    void every_public_root_type_is_used_by_another_capability() {
        assertThat(unusedRootTypes(modules)).as("public root types no other module's main code uses;"
                + " move them to <module>.internal or list them in ROOT_TYPES_KEPT_UNUSED").isEmpty();
    }

    @Test
    void the_narrow_surface_check_finds_a_public_root_type_that_no_other_capability_uses() {
        assertThat(unusedRootTypes(ApplicationModules.of("de.offenekommune.modularity.declared", EVERYTHING)))
                .containsExactly("de.offenekommune.modularity.declared.shop.Basket");
    }

    @Test
    void members_only_a_module_may_call_are_called_from_nowhere_else() {
        assertThat(callsOfModuleInternals(modules)).as("calls of @ModuleInternal members from another module")
                .isEmpty();
    }

    @Test
    void the_module_internal_check_finds_a_call_from_another_module() {
        assertThat(callsOfModuleInternals(ApplicationModules.of("de.offenekommune.modularity.declared", EVERYTHING)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("de.offenekommune.modularity.declared.shop.Checkout.returned(")
                .contains("de.offenekommune.modularity.declared.stock.Stock.restocked(");
    }

    @Test
    void verification_refuses_a_dependency_that_is_not_declared() {
        assertThatExceptionOfType(Violations.class)
                .isThrownBy(() -> ApplicationModules.of("de.offenekommune.modularity.undeclared", EVERYTHING).verify())
                .withMessageContaining("shop")
                .withMessageContaining("Stock");
        assertThatNoException()
                .isThrownBy(() -> ApplicationModules.of("de.offenekommune.modularity.declared", EVERYTHING).verify());
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

    /**
     * The public top-level types of each module's root package (its unnamed interface) that no other module's
     * code refers to, less {@link #ROOT_TYPES_KEPT_UNUSED}. A use of a nested type counts for its top-level type.
     */
    private static Set<String> unusedRootTypes(ApplicationModules modules) {
        Set<String> usedElsewhere = new TreeSet<>();
        modules.forEach(module -> module.getBasePackage().stream()
                .flatMap(ModularityTests::referencedTypes)
                .map(ModularityTests::topLevel)
                .filter(target -> !module.contains(target))
                .forEach(target -> usedElsewhere.add(target.getName())));

        Set<String> unused = new TreeSet<>();
        modules.forEach(module -> module.getNamedInterfaces().getUnnamedInterface().asJavaClasses()
                .filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getName)
                .filter(name -> !usedElsewhere.contains(name) && !ROOT_TYPES_KEPT_UNUSED.containsKey(name))
                .forEach(unused::add));
        return unused;
    }

    /** Each call (or other access) of a {@link ModuleInternal} member from outside its module: "caller -> member". */
    private static Set<String> callsOfModuleInternals(ApplicationModules modules) {
        Set<String> calls = new TreeSet<>();
        modules.forEach(module -> module.getBasePackage().stream()
                .flatMap(type -> type.getCodeUnits().stream())
                .filter(member -> member.isAnnotatedWith(ModuleInternal.class))
                .flatMap(member -> member.getAccessesToSelf().stream())
                .filter(access -> !module.contains(access.getOriginOwner()))
                .forEach(access -> calls.add(access.getOrigin().getFullName() + " -> "
                        + access.getTarget().getFullName())));
        return calls;
    }

    /** Every type the class depends on, including the exceptions it catches. */
    private static Stream<JavaClass> referencedTypes(JavaClass type) {
        Stream<JavaClass> caught = type.getCodeUnits().stream()
                .flatMap(unit -> unit.getTryCatchBlocks().stream())
                .flatMap(block -> block.getCaughtThrowables().stream());
        return Stream.concat(type.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass), caught);
    }

    /** The class itself for a top-level class, else the one it is declared in; an array's component type. */
    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type.getBaseComponentType();
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
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
