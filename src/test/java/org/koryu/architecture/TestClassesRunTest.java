package org.koryu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every class in src/test/java that declares a test is run by mvn verify: its path matches an
 * include of Surefire or of Failsafe as the pom configures them. A property test once matched
 * neither and silently never ran.
 */
class TestClassesRunTest {

    /** The annotations of the test engines the build runs (JUnit Jupiter, jqwik, ArchUnit). */
    private static final Pattern DECLARES_A_TEST = Pattern.compile(
            "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example|ArchTest)\\b",
            Pattern.MULTILINE);
    private static final Path TESTS = Path.of("src/test/java");

    @Test
    void everyTestClassMatchesAnIncludeOfSurefireOrFailsafe() throws Exception {
        List<Pattern> includes = new ArrayList<>(includes("maven-surefire-plugin"));
        includes.addAll(includes("maven-failsafe-plugin"));
        List<String> testClasses = testClasses();
        assertThat(testClasses).as("test classes found").contains("org/koryu/content/ItemLifecycleProperties.java",
                "org/koryu/it/ManagementApiIT.java", "org/koryu/architecture/TestClassesRunTest.java");

        assertThat(testClasses).as("test classes that neither Surefire nor Failsafe would run")
                .allMatch(path -> includes.stream().anyMatch(p -> p.matcher(path).matches()));
    }

    @Test
    void includesAreReadAsSurefireReadsThem() {
        Pattern properties = glob("**/*Properties.java");
        assertThat(properties.matcher("org/koryu/content/ItemLifecycleProperties.java").matches()).isTrue();
        assertThat(properties.matcher("ItemLifecycleProperties.java").matches()).as("** includes no folder").isTrue();
        assertThat(glob("**/*Test.java").matcher("org/koryu/content/ItemLifecycleProperties.java").matches()).isFalse();
        assertThat(glob("**/Test*.java").matcher("org/koryu/TestsHelper/Foo.java").matches()).as("* stays in one folder")
                .isFalse();
    }

    private static List<String> testClasses() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> DECLARES_A_TEST.matcher(read(f)).find())
                    .map(f -> TESTS.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The includes of a plugin in the pom's build, or the plugin's own defaults when it names none. */
    private static List<Pattern> includes(String artifactId) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element build = child(pom.getDocumentElement(), "build");
        Element plugins = child(build, "plugins");
        for (Element plugin : children(plugins, "plugin")) {
            if (artifactId.equals(child(plugin, "artifactId").getTextContent().strip())) {
                Element configuration = child(plugin, "configuration");
                Element includes = configuration == null ? null : child(configuration, "includes");
                if (includes == null) {
                    break;
                }
                return children(includes, "include").stream().map(i -> glob(i.getTextContent().strip())).toList();
            }
        }
        List<String> defaults = artifactId.equals("maven-failsafe-plugin")
                ? List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java")
                : List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
        return defaults.stream().map(TestClassesRunTest::glob).toList();
    }

    /** An Ant-style include as Surefire reads it: ** any folders (or none), * any characters within one name. */
    static Pattern glob(String include) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < include.length(); i++) {
            char c = include.charAt(i);
            if (include.startsWith("**/", i)) {
                regex.append("(?:[^/]+/)*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static Element child(Node parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
