#!/usr/bin/env python3
"""Validates a Central Portal bundle (central-bundle.zip) against Maven Central's rules.

Usage: check-bundle.py BUNDLE.zip EXPECTED_VERSION SIGNING_KEY_FINGERPRINT

Central refuses a deployment whose components break these rules
(https://central.sonatype.org/publish/requirements/); this checks them before anything is
uploaded, plus what this project promises in its published POMs. Signatures are verified with
gpg against the keyring in $GNUPGHOME. Every broken rule is printed as
"RULE BROKEN: <file>: <rule>"; the exit status is 1 if there is any.
"""
import hashlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
SIDE_FILES = (".asc", ".md5", ".sha1", ".sha256", ".sha512")
REQUIRED_CHECKSUMS = ("md5", "sha1")
OPTIONAL_CHECKSUMS = ("sha256", "sha512")
# Published artifacts this project expects, by packaging. Anything else in the bundle (an
# example app, the parent) is a mistake in the release profile's excludeArtifacts.
EXPECTED = {
    "classpass-sdk-bom": "pom",
    "classpass-sdk-core": "jar",
    "classpass-sdk-test": "jar",
    "classpass-sdk-spring-boot-starter": "jar",
}
GROUP_PATH = "io/github/aggregatorsdk"
# Implementation dependencies: hosts must not compile against them (published POM scope).
RUNTIME_ONLY = {
    "classpass-sdk-core": {
        "io.github.openfeign:feign-core",
        "io.github.openfeign:feign-java11",
        "io.github.openfeign:feign-jackson",
        "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
    },
}
BANNED_GROUPS = ("io.github.resilience4j",)

problems = []


def broken(path, rule):
    problems.append(f"RULE BROKEN: {path}: {rule}")


def text(element, path):
    found = element.find(path, NS)
    return "" if found is None or found.text is None else found.text.strip()


def check_pom(rel, pom_file, artifact, version):
    try:
        project = ET.parse(pom_file).getroot()
    except ET.ParseError as e:
        broken(rel, f"POM is not well-formed XML ({e})")
        return None
    raw = pom_file.read_text(encoding="utf-8")
    if "${" in raw:
        broken(rel, "POM contains an unresolved ${...} expression: "
               + ", ".join(sorted(set(re.findall(r"\$\{[^}]*\}", raw)))))
    if project.find("m:parent", NS) is not None:
        broken(rel, "POM has a <parent>, which is not in the bundle (hosts could not resolve it)")
    coordinates = {"groupId": "io.github.aggregatorsdk", "artifactId": artifact,
                   "version": version}
    for field, expected in coordinates.items():
        if text(project, f"m:{field}") != expected:
            broken(rel, f"<{field}> is '{text(project, f'm:{field}')}', expected '{expected}'")
    for field in ("name", "description", "url"):
        if not text(project, f"m:{field}"):
            broken(rel, f"required <{field}> is missing or empty")
    licenses = project.findall("m:licenses/m:license", NS)
    if not licenses:
        broken(rel, "required <licenses> has no <license>")
    for lic in licenses:
        if not text(lic, "m:name") or not text(lic, "m:url"):
            broken(rel, "every <license> needs a <name> and a <url>")
    developers = project.findall("m:developers/m:developer", NS)
    if not developers:
        broken(rel, "required <developers> has no <developer>")
    for dev in developers:
        if not text(dev, "m:name"):
            broken(rel, "every <developer> needs a <name>")
    scm = project.find("m:scm", NS)
    if scm is None:
        broken(rel, "required <scm> is missing")
    else:
        for field in ("url", "connection"):
            if not text(scm, f"m:{field}"):
                broken(rel, f"required <scm><{field}> is missing or empty")
    packaging = text(project, "m:packaging") or "jar"
    if EXPECTED.get(artifact) and packaging != EXPECTED[artifact]:
        broken(rel, f"packaging is '{packaging}', expected '{EXPECTED[artifact]}'")
    deps = project.findall("m:dependencies/m:dependency", NS)
    for dep in deps:
        key = f"{text(dep, 'm:groupId')}:{text(dep, 'm:artifactId')}"
        scope = text(dep, "m:scope") or "compile"
        if not text(dep, "m:version"):
            broken(rel, f"dependency {key} has no version (the POM must stand alone)")
        if key.split(":")[0] in BANNED_GROUPS:
            broken(rel, f"dependency {key} is not used by the SDK and must not be published")
        if scope == "test":
            broken(rel, f"test dependency {key} leaked into the published POM")
    for key in RUNTIME_ONLY.get(artifact, ()):
        scopes = [text(d, "m:scope") or "compile" for d in deps
                  if f"{text(d, 'm:groupId')}:{text(d, 'm:artifactId')}" == key]
        if scopes != ["runtime"]:
            broken(rel, f"dependency {key} must be scope runtime (hosts must not compile "
                        f"against it), found {scopes or 'nothing'}")
    return project


def check_bom(rel, project, version, jars_in_bundle):
    managed = {}
    for dep in project.findall("m:dependencyManagement/m:dependencies/m:dependency", NS):
        managed[(text(dep, "m:artifactId"), text(dep, "m:type") or "jar")] = text(dep, "m:version")
        if text(dep, "m:groupId") != "io.github.aggregatorsdk":
            broken(rel, f"BOM manages {text(dep, 'm:groupId')}:{text(dep, 'm:artifactId')}: "
                        "it must pin the SDK's own artifacts only")
    for artifact in jars_in_bundle:
        if managed.get((artifact, "jar")) != version:
            broken(rel, f"BOM does not pin {artifact} to {version}")
    for (artifact, _type), managed_version in managed.items():
        if managed_version != version:
            broken(rel, f"BOM pins {artifact} to '{managed_version}', expected '{version}'")
        if artifact not in jars_in_bundle:
            broken(rel, f"BOM manages {artifact}, which is not in the bundle")


def check_signature(rel, file, signature, fingerprint):
    result = subprocess.run(
        ["gpg", "--batch", "--status-fd", "1", "--verify", str(signature), str(file)],
        capture_output=True, text=True)
    valid = [line.split()[2] for line in result.stdout.splitlines()
             if line.startswith("[GNUPG:] VALIDSIG")]
    if result.returncode != 0 or not valid:
        broken(rel, "signature .asc does not verify: " + result.stderr.strip().replace("\n", " | "))
    elif valid[0].upper() != fingerprint.upper():
        broken(rel, f"signed by key {valid[0]}, expected the release key {fingerprint}")


def check_checksums(rel, file):
    data = file.read_bytes()
    for algorithm in REQUIRED_CHECKSUMS + OPTIONAL_CHECKSUMS:
        side = file.with_name(file.name + "." + algorithm)
        if not side.exists():
            if algorithm in REQUIRED_CHECKSUMS:
                broken(rel, f"required checksum .{algorithm} is missing")
            continue
        recorded = side.read_text(encoding="ascii").split()
        actual = hashlib.new(algorithm, data).hexdigest()
        if not recorded or recorded[0].lower() != actual:
            broken(rel, f".{algorithm} does not match the file")


def check_jar(rel, file, artifact, classifier):
    try:
        with zipfile.ZipFile(file) as jar:
            names = jar.namelist()
            bad = jar.testzip()
    except zipfile.BadZipFile as e:
        broken(rel, f"not a valid jar ({e})")
        return
    if bad:
        broken(rel, f"corrupt entry {bad}")
    if classifier == "sources" and not any(n.endswith(".java") for n in names):
        broken(rel, "sources jar holds no .java file")
    if classifier == "javadoc" and "index.html" not in names:
        broken(rel, "javadoc jar holds no index.html")
    if classifier == "" and not any(n.endswith(".class") for n in names):
        broken(rel, "main jar holds no class")
    if classifier == "" and "META-INF/MANIFEST.MF" in names:
        with zipfile.ZipFile(file) as jar:
            manifest = jar.read("META-INF/MANIFEST.MF").decode("utf-8", "replace")
        if "Automatic-Module-Name:" not in manifest:
            broken(rel, "main jar's manifest has no Automatic-Module-Name")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    bundle, version, fingerprint = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    if version.endswith("-SNAPSHOT"):
        broken(bundle.name, f"version {version} is a SNAPSHOT: Central's bundles are releases")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with zipfile.ZipFile(bundle) as z:
            z.extractall(root)
        files = sorted(p for p in root.rglob("*") if p.is_file())
        if not files:
            broken(bundle.name, "the bundle is empty")
        components = {}
        for file in files:
            rel = file.relative_to(root).as_posix()
            parts = rel.split("/")
            if len(parts) < 4 or "/".join(parts[:-3]) != GROUP_PATH:
                broken(rel, f"not under {GROUP_PATH}/<artifactId>/<version>/")
                continue
            artifact, dir_version = parts[-3], parts[-2]
            if dir_version != version:
                broken(rel, f"version directory '{dir_version}', expected '{version}'")
            components.setdefault(artifact, []).append(file)
            if file.name.endswith(SIDE_FILES):
                base = file.name.rsplit(".", 1)[0]
                if not file.with_name(base).exists():
                    broken(rel, "signature or checksum of a file that is not in the bundle")
                continue
            prefix = f"{artifact}-{version}"
            if not file.name.startswith(prefix):
                broken(rel, f"file name does not start with {prefix}")
            signature = file.with_name(file.name + ".asc")
            if signature.exists():
                check_signature(rel, file, signature, fingerprint)
            else:
                broken(rel, "required signature .asc is missing")
            check_checksums(rel, file)
            if file.suffix == ".jar":
                classifier = file.name[len(prefix):-len(".jar")].lstrip("-")
                check_jar(rel, file, artifact, classifier)

        for artifact in sorted(set(EXPECTED) - set(components)):
            broken(f"{GROUP_PATH}/{artifact}", "expected artifact is missing from the bundle")
        for artifact in sorted(set(components) - set(EXPECTED)):
            broken(f"{GROUP_PATH}/{artifact}", "artifact must not be published (example or "
                                              "build-only module): fix excludeArtifacts")
        jars = sorted(a for a in components if EXPECTED.get(a) == "jar")
        for artifact, artifact_files in sorted(components.items()):
            base = f"{GROUP_PATH}/{artifact}/{version}/{artifact}-{version}"
            names = {f.name for f in artifact_files}
            pom_name = f"{artifact}-{version}.pom"
            if pom_name not in names:
                broken(base + ".pom", "required POM is missing")
                continue
            project = check_pom(base + ".pom", root / base.rsplit("/", 1)[0] / pom_name,
                                artifact, version)
            packaging = "jar" if project is None else (text(project, "m:packaging") or "jar")
            if packaging == "jar":
                for suffix in ("", "-sources", "-javadoc"):
                    if f"{artifact}-{version}{suffix}.jar" not in names:
                        broken(f"{base}{suffix}.jar", "required jar is missing"
                               + (" (Central requires sources and javadoc for every jar)"
                                  if suffix else ""))
            if artifact == "classpass-sdk-bom" and project is not None:
                check_bom(base + ".pom", project, version, jars)

        checked = len([f for f in files if not f.name.endswith(SIDE_FILES)])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"Bundle {bundle} breaks {len(problems)} rule(s): Central would refuse it.",
              file=sys.stderr)
        sys.exit(1)
    print(f"Bundle {bundle}: {len(components)} artifacts, {checked} files, each signed "
          f"(verified) with md5/sha1/sha256/sha512; POMs complete; OK for Central.")


if __name__ == "__main__":
    main()
