#!/usr/bin/env python3
"""Writes the functions' shade includes for the Bedrock agent runtime SDK module.

The module (bedrockagentruntime) carries the model classes of every agent, flow, session and
knowledge base operation: ~1,850 classes, 2.7 MB compressed, of which Retrieve needs ~300. The chat
and photo inquiry functions ship only those: their jars stay under the project's 20 MiB limit (FunctionFootprintTest).

Kept: every class outside the model package; in it, the closure of class references (jdeps) from
RetrieveRequest, RetrieveResponse, the service's base types and its exceptions, plus every
operation's top-level request and response class (the client's other methods name them, and the
verifier loads them when it links the client). The SDK's warm-up provider, which calls another
operation, is left out with its service entry.

ChatJarKnowledgeBaseTest (local-runner) runs Retrieve through the shaded jar alone, so a class the
filter misses after an SDK upgrade fails the build. Run after changing aws.sdk.version:

    python3 scripts/agent-runtime-classes.py

It rewrites the block between the markers in functions/pom.xml (the parent of every function module;
the filter applies where a function carries the module: chat and the photo inquiry).
"""
import collections
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POM = ROOT / "functions/pom.xml"
PACKAGE = "software.amazon.awssdk.services.bedrockagentruntime."
MODEL = PACKAGE + "model."
ROOTS = {"RetrieveRequest", "RetrieveResponse", "BedrockAgentRuntimeRequest", "BedrockAgentRuntimeResponse",
         "BedrockAgentRuntimeResponseMetadata"}
START = "<!-- agent-runtime-includes:start (scripts/agent-runtime-classes.py) -->"
END = "<!-- agent-runtime-includes:end -->"


def sdk_version():
    text = (ROOT / "pom.xml").read_text()
    return re.search(r"<aws.sdk.version>([^<]+)</aws.sdk.version>", text).group(1)


def main():
    version = sdk_version()
    jar = Path(os.path.expanduser("~/.m2/repository/software/amazon/awssdk/bedrockagentruntime")) / version / \
        f"bedrockagentruntime-{version}.jar"
    if not jar.exists():
        sys.exit(f"{jar} missing: build once (./mvnw -pl functions/chat -am package) so Maven fetches it")
    out = subprocess.run(["jdeps", "-verbose:class", "-filter:none", str(jar)], capture_output=True, text=True,
                         check=True).stdout
    edges = collections.defaultdict(set)
    for line in out.splitlines():
        match = re.match(r"\s+(\S+)\s+->\s+(\S+)", line)
        if match and match.group(1).startswith(MODEL) and match.group(2).startswith(MODEL):
            edges[match.group(1)].add(match.group(2))
    with zipfile.ZipFile(jar) as z:
        classes = [n[:-6].replace("/", ".") for n in z.namelist() if n.endswith(".class")]
    model = [c for c in classes if c.startswith(MODEL)]

    def top(name):
        return name[len(MODEL):].split("$")[0]

    keep = set()
    stack = [c for c in model if top(c) in ROOTS or top(c).endswith("Exception")]
    while stack:
        name = stack.pop()
        if name not in keep:
            keep.add(name)
            stack.extend(edges.get(name, ()))
    names = {top(c) for c in keep}
    names |= {top(c) for c in model if top(c).endswith("Request") or top(c).endswith("Response")}
    path = "software/amazon/awssdk/services/bedrockagentruntime"
    lines = [START,
             f"<include>{path}/*</include>",
             f"<include>{path}/auth/**</include>",
             f"<include>{path}/endpoints/**</include>",
             f"<include>{path}/internal/*</include>",
             f"<include>{path}/paginators/**</include>",
             f"<include>{path}/transform/**</include>",
             "<include>META-INF/*.txt</include>",
             "<include>META-INF/maven/**</include>",
             "<include>META-INF/software.amazon.awssdk/**</include>"]
    for name in sorted(names):
        lines.append(f"<include>{path}/model/{name}.class</include>")
        lines.append(f"<include>{path}/model/{name}$*.class</include>")
    lines.append(END)
    pom = POM.read_text()
    start, end = pom.index(START), pom.index(END) + len(END)
    indent = pom[pom.rindex("\n", 0, start) + 1:start]
    POM.write_text(pom[:start] + ("\n" + indent).join(lines) + pom[end:])
    print(f"{len(names)} model shapes of {len({top(c) for c in model})} kept ({len(keep)} closure classes)")


if __name__ == "__main__":
    main()
