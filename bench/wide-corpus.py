#!/usr/bin/env python3
"""The wide differential corpus: public charts from fetched git snapshots, laid out for bench/wide-conformance.sh.

  python3 bench/wide-corpus.py layout [--mirror DIR] [--into DIR]
      Lays every chart of bench/wide-corpus.tsv out under DIR (default target/wide-corpus), one folder per
      SOURCE/CHART, each dependency in the chart's charts/ folder, with `git archive` from the snapshots under
      /work/.mirror (the search tool's `fetch github:OWNER/NAME` brings them). Charts whose snapshot is absent are
      reported and left out. Nothing of a snapshot is ever committed: the TSV names sources, commits and paths only.

  python3 bench/wide-corpus.py manifest [--mirror DIR]
      Rewrites bench/wide-corpus.tsv from the snapshots present: the charts of each source below (newest commit,
      or the listed Istio release tags), with each dependency that the chart does not vendor in charts/ looked up
      by name among the charts of all sources (same repository first). A chart with a dependency found nowhere is
      written as a `#skip` line with the reason. Needs PyYAML (only this subcommand).

TSV columns: source, chart, repository, commit, path in the repository, where to put it in the chart ("." for the
chart itself, charts/NAME for a dependency), and a note (the Istio tag, or the dependency's declared version).
"""
import argparse
import io
import re
import shutil
import os
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(HERE, "wide-corpus.tsv")

# Istio releases besides 1.24.6 (in ../shared/corpus): the last patch of every other minor from 1.5 to today.
ISTIO_TAGS = ["1.5.10", "1.6.14", "1.8.6", "1.10.6", "1.12.9", "1.14.6", "1.16.7", "1.18.7", "1.20.8", "1.22.8",
              "1.25.5", "1.26.8", "1.27.9", "1.28.10", "1.30.3"]

# source name, repository, folders whose direct sub-folders (or the folder itself) are charts
SOURCES = [
    ("prometheus-community", "prometheus-community/helm-charts", ["charts"]),
    ("grafana", "grafana/helm-charts", ["charts"]),
    ("grafana-community", "grafana-community/helm-charts", ["charts"]),
    ("bitnami", "bitnami/charts", ["bitnami"]),
    ("argo", "argoproj/argo-helm", ["charts"]),
    ("cert-manager", "cert-manager/cert-manager", ["deploy/charts/cert-manager"]),
    ("ingress-nginx", "kubernetes/ingress-nginx", ["charts"]),
    ("kiali", "kiali/helm-charts", ["kiali-operator", "kiali-server"]),
    ("external-dns", "kubernetes-sigs/external-dns", ["charts"]),
    ("traefik", "traefik/traefik-helm-chart", ["traefik"]),
    ("opentelemetry", "open-telemetry/opentelemetry-helm-charts", ["charts"]),
    ("vault", "hashicorp/vault-helm", ["."]),
    ("jaeger", "jaegertracing/helm-charts", ["charts"]),
    ("fluent", "fluent/helm-charts", ["charts"]),
    ("keda", "kedacore/charts", ["keda", "http-add-on", "external-scaler-azure-cosmos-db"]),
    ("metrics-server", "kubernetes-sigs/metrics-server", ["charts"]),
    ("jenkins", "jenkinsci/helm-charts", ["charts"]),
    ("elastic", "elastic/helm-charts", ["."]),
    ("dandydeveloper", "DandyDeveloper/charts", ["charts"]),
    ("minio", "minio/minio", ["helm"]),
    ("bjw-s", "bjw-s-labs/helm-charts", ["charts/other", "charts/library"]),
    ("vcluster", "loft-sh/vcluster", ["chart"]),
    ("datadog", "DataDog/helm-charts", ["charts"]),
    ("harbor", "goharbor/harbor-helm", ["."]),
    ("kyverno", "kyverno/kyverno", ["charts"]),
    ("falco", "falcosecurity/charts", ["charts"]),
    ("external-secrets", "external-secrets/external-secrets", ["deploy/charts"]),
    ("kong", "Kong/charts", ["charts"]),
    ("velero", "vmware-tanzu/helm-charts", ["charts"]),
    ("cockroachdb", "cockroachdb/helm-charts", ["cockroachdb", "cockroachdb-parent"]),
    ("consul", "hashicorp/consul-k8s", ["charts"]),
    ("nats", "nats-io/k8s", ["helm/charts"]),
]


def git_dir(mirror, repo):
    base = os.path.join(mirror, repo.replace("/", "+"), "repo")
    return os.path.join(base, ".git") if os.path.isdir(os.path.join(base, ".git")) else base


def git(gdir, *args, binary=False):
    out = subprocess.run(["git", "--git-dir=" + gdir, *args], check=True, capture_output=True).stdout
    return out if binary else out.decode()


# ---------------------------------------------------------------- layout

def layout(mirror, into):
    rows, skips = read_manifest()
    missing = set()
    laid = set()
    wanted = {(r[0], r[1]) for r in rows}
    for source in [s for s in os.listdir(into) if not s.startswith(".")] if os.path.isdir(into) else []:
        for chart in os.listdir(os.path.join(into, source)) if os.path.isdir(os.path.join(into, source)) else []:
            if (source, chart) not in wanted:
                shutil.rmtree(os.path.join(into, source, chart))
    for source, chart, repo, commit, path, where, _note in rows:
        gdir = git_dir(mirror, repo)
        if not os.path.isdir(gdir):
            missing.add(repo)
            continue
        target = os.path.join(into, source, chart, where)
        stamp = os.path.join(into, ".stamps", source, chart, "-".join((commit[:12], where.replace("/", "_"))))
        if os.path.exists(stamp):
            laid.add((source, chart))
            continue
        os.makedirs(target, exist_ok=True)
        absent = extract(gdir, commit, path, target)
        os.makedirs(os.path.dirname(stamp), exist_ok=True)
        with open(stamp, "w") as out:
            out.write("".join(f"absent from the snapshot: {f}\n" for f in absent))
        laid.add((source, chart))
    for repo in sorted(missing):
        print(f"wide-corpus: no snapshot of {repo} under {mirror} (fetch github:{repo}); its charts are left out",
              file=sys.stderr)
    with open(os.path.join(into, "skipped.tsv"), "w") as out:
        for skip in skips:
            out.write("\t".join(skip) + "\n")
    print(f"wide-corpus: {len(laid)} charts laid out under {into}, {len(skips)} skipped (see skipped.tsv)",
          file=sys.stderr)


def extract(gdir, commit, path, target):
    """Writes the tree at commit:path into target (git archive keeps symlinks and modes)."""
    prefix = "" if path in (".", "") else path.rstrip("/") + "/"
    try:
        data = git(gdir, "archive", "--format=tar", commit, *([prefix] if prefix else []), binary=True)
    except subprocess.CalledProcessError:
        absent = extract_file_by_file(gdir, commit, prefix, target)
        dereference_outward_links(gdir, commit, prefix, target)
        return absent
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if not member.name.startswith(prefix) or member.name == prefix.rstrip("/"):
                continue
            member.name = member.name[len(prefix):]
            if member.name:
                tar.extract(member, target, set_attrs=False, filter="tar" if hasattr(tarfile, "data_filter") else None)
    dereference_outward_links(gdir, commit, prefix, target)
    return []


def dereference_outward_links(gdir, commit, prefix, target):
    """A symlink that leaves the chart (bjw-s's LICENSE -> ../../../LICENSE) becomes a copy of what it names in the
    repository, as `helm package` would make it: charts are installed from packages, which hold no such links."""
    for folder, dirs, files in os.walk(target):
        for name in dirs + files:
            link = os.path.join(folder, name)
            if not os.path.islink(link):
                continue
            in_repo = os.path.normpath(os.path.join(prefix, os.path.relpath(folder, target), os.readlink(link)))
            if in_repo.startswith(prefix.rstrip("/") + "/") or in_repo.startswith(".."):
                continue
            try:
                content = git(gdir, "show", f"{commit}:{in_repo}", binary=True)
            except subprocess.CalledProcessError:
                continue
            os.unlink(link)
            with open(link, "wb") as out:
                out.write(content)


def extract_file_by_file(gdir, commit, prefix, target):
    """For snapshots that lack some blobs (files of 4 MiB and more): every file that is there; returns the absent
    ones (both helm and helmshift then see the same chart without them; the layout's stamp lists them)."""
    absent = []
    listing = git(gdir, "ls-tree", "-r", "-z", commit, *([prefix] if prefix else [])).split("\0")
    for entry in filter(None, listing):
        meta, name = entry.split("\t", 1)
        mode, _kind, sha = meta.split()
        dest = os.path.join(target, name[len(prefix):])
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        try:
            content = git(gdir, "cat-file", "blob", sha, binary=True)
        except subprocess.CalledProcessError:
            absent.append(name[len(prefix):])
            continue
        if mode == "120000":
            os.symlink(content.decode(), dest)
        else:
            with open(dest, "wb") as out:
                out.write(content)
            os.chmod(dest, 0o755 if mode == "100755" else 0o644)
    return absent


def read_manifest():
    rows, skips = [], []
    with open(MANIFEST) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#skip\t"):
                skips.append(line.split("\t")[1:])
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                rows.append(cols + [""] * (7 - len(cols)))
    return rows, skips


# ---------------------------------------------------------------- manifest

class ChartRef:
    def __init__(self, source, repo, commit, path, meta, note=""):
        self.source, self.repo, self.commit, self.path, self.meta, self.note = source, repo, commit, path, meta, note
        self.name = meta.get("name") or os.path.basename(path)


def load_yaml(gdir, commit, path):
    import yaml
    try:
        text = git(gdir, "show", f"{commit}:{path}")
    except subprocess.CalledProcessError:
        return None
    try:
        return yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return {}


def chart_dirs(gdir, commit, folder):
    """Folder itself if it is a chart, else its direct sub-folders that are charts."""
    prefix = "" if folder == "." else folder.rstrip("/") + "/"
    files = git(gdir, "ls-tree", "-r", "--name-only", commit, *([folder] if prefix else [])).splitlines()
    if prefix + "Chart.yaml" in files:
        return [folder]
    dirs = set()
    for f in files:
        rest = f[len(prefix):].split("/")
        if len(rest) == 2 and rest[1] == "Chart.yaml":
            dirs.add(prefix + rest[0])
    return sorted(dirs)


def istio_charts(gdir, tag):
    commit = git(gdir, "rev-list", "-n1", tag).strip()
    files = git(gdir, "ls-tree", "-r", "--name-only", commit, "manifests/charts", "install/kubernetes/helm").splitlines()
    dirs = sorted(os.path.dirname(f) for f in files if f.endswith("/Chart.yaml") and "/charts/" not in
                  f.split("manifests/charts/", 1)[-1].split("install/kubernetes/helm/", 1)[-1])
    return commit, dirs


def dependencies(gdir, ref):
    deps = list(ref.meta.get("dependencies") or [])
    req = load_yaml(gdir, ref.commit, ref.path + "/requirements.yaml")
    if req:
        deps += req.get("dependencies") or []
    return deps


def vendored(gdir, ref):
    """Names of the charts the chart ships in its charts/ folder (folders with Chart.yaml, or NAME-VERSION.tgz)."""
    try:
        entries = git(gdir, "ls-tree", "--name-only", ref.commit, ref.path + "/charts/").splitlines()
    except subprocess.CalledProcessError:
        return set()
    names = set()
    for e in entries:
        base = os.path.basename(e)
        if base.endswith(".tgz"):
            names.add(base[:-4].rsplit("-", 1)[0])
            names.add(base[:-4])
        else:
            meta = load_yaml(gdir, ref.commit, e + "/Chart.yaml")
            if meta is not None:
                names.add(meta.get("name") or base)
    return names


# repository URL fragments of the chart repositories whose sources we have
REPOSITORY_HINTS = {"bitnami": "bitnami/charts", "prometheus-community": "prometheus-community/helm-charts",
                    "grafana-community": "grafana-community/helm-charts",
                    "grafana.github": "grafana/helm-charts", "argoproj": "argoproj/argo-helm", "min.io": "minio/minio",
                    "dandydeveloper": "DandyDeveloper/charts", "open-telemetry": "open-telemetry/opentelemetry-helm-charts",
                    "jaegertracing": "jaegertracing/helm-charts", "fluent": "fluent/helm-charts",
                    "opensearch": "opensearch-project/helm-charts", "elastic": "elastic/helm-charts",
                    "bjw-s": "bjw-s-labs/helm-charts", "datadoghq": "DataDog/helm-charts",
                    "falcosecurity": "falcosecurity/charts", "konghq": "Kong/charts"}


def provider(mirror, providers, own_repo, dep):
    """The chart that satisfies a dependency: the repository its URL names (else the depending chart's own, else
    any), at the newest release tag (NAME-VERSION or NAME/VERSION) inside the version range, else at HEAD."""
    name = dep.get("name")
    url = (dep.get("repository") or "").lower()
    wanted = next((repo for hint, repo in REPOSITORY_HINTS.items() if hint in url), None)
    candidates = providers.get(name, [])
    ordered = ([c for c in candidates if c.repo == wanted] or [c for c in candidates if c.repo == own_repo]
               or candidates)
    if not ordered or (wanted and ordered[0].repo != wanted and "file://" not in url):
        return ordered[0] if ordered and not wanted else None
    head = ordered[0]
    constraint = str(dep.get("version") or "")
    if not constraint or satisfies(str(head.meta.get("version", "")), constraint):
        return head
    gdir = git_dir(mirror, head.repo)
    best = None
    for tag in tags_of(gdir):
        for sep in ("-", "/"):
            if tag.startswith(name + sep):
                version = tag[len(name) + 1:]
                if re.fullmatch(r"v?\d+\.\d+\.\d+", version) and satisfies(version, constraint):
                    key = parse_version(version)
                    if best is None or key > best[0]:
                        best = (key, tag)
    if best is None:
        return head
    commit = git(gdir, "rev-list", "-n1", best[1]).strip()
    meta = load_yaml(gdir, commit, head.path + "/Chart.yaml")
    if not meta or meta.get("name") != name:
        return head
    return ChartRef(head.source, head.repo, commit, head.path, meta, "tag " + best[1])


_TAGS = {}


def tags_of(gdir):
    if gdir not in _TAGS:
        _TAGS[gdir] = git(gdir, "tag").split()
    return _TAGS[gdir]


def parse_version(v):
    nums = re.match(r"v?(\d+)(?:\.(\d+))?(?:\.(\d+))?", v)
    return tuple(int(n or 0) for n in nums.groups()) if nums else (0, 0, 0)


def satisfies(version, constraint):
    """Masterminds-style ranges as charts write them: exact, x/* wildcards, ~, ^, comparisons, ||, commas."""
    if not re.match(r"v?\d", version) or "-" in version.split("+")[0]:
        return False
    v = parse_version(version)
    for alternative in constraint.split("||"):
        terms = [t for t in re.split(r"[\s,]+", alternative.strip()) if t]
        if terms and all(term_ok(v, t) for t in terms):
            return True
    return False


def term_ok(v, term):
    m = re.fullmatch(r"(>=|<=|!=|>|<|=|~|\^)?v?([\dxX*]+)(?:\.([\dxX*]+))?(?:\.([\dxX*]+))?(?:-.*)?", term)
    if not m:
        return False
    op, parts = m.group(1) or "", [p for p in m.groups()[1:]]
    wild = [p is None or p in "xX*" for p in parts]
    nums = tuple(0 if w else int(p) for p, w in zip(parts, wild))
    if op in ("", "="):
        return all(w or v[i] == nums[i] for i, w in enumerate(wild))
    if op == "~":
        return v >= nums and v[0] == nums[0] and (wild[1] or v[1] == nums[1])
    if op == "^":
        return v >= nums and (v[0] == nums[0] if nums[0] else v[1] == nums[1] if nums[1] else v[2] == nums[2])
    return {">=": v >= nums, "<=": v <= nums, ">": v > nums, "<": v < nums, "!=": v != nums}[op]


def manifest(mirror):
    charts = []
    gdir = git_dir(mirror, "istio/istio")
    if os.path.isdir(gdir):
        for tag in ISTIO_TAGS:
            commit, dirs = istio_charts(gdir, tag)
            for d in dirs:
                charts.append(ChartRef("istio-" + tag, "istio/istio", commit, d,
                                       load_yaml(gdir, commit, d + "/Chart.yaml"), "tag " + tag))
    for source, repo, folders in SOURCES:
        gdir = git_dir(mirror, repo)
        if not os.path.isdir(gdir):
            print(f"manifest: no snapshot of {repo}, source {source} left out", file=sys.stderr)
            continue
        commit = git(gdir, "rev-parse", "HEAD").strip()
        for folder in folders:
            for d in chart_dirs(gdir, commit, folder):
                meta = load_yaml(gdir, commit, d + "/Chart.yaml")
                if meta and meta.get("type") != "library":
                    charts.append(ChartRef(source, repo, commit, d, meta))
    # every chart of the non-Istio sources (libraries too) can serve as a dependency
    providers = {}
    for source, repo, folders in SOURCES:
        gdir = git_dir(mirror, repo)
        if not os.path.isdir(gdir):
            continue
        commit = git(gdir, "rev-parse", "HEAD").strip()
        for folder in folders:
            for d in chart_dirs(gdir, commit, folder):
                meta = load_yaml(gdir, commit, d + "/Chart.yaml")
                if meta:
                    ref = ChartRef(source, repo, commit, d, meta)
                    providers.setdefault(ref.name, []).append(ref)

    lines = ["# The wide differential corpus (bench/wide-corpus.py manifest wrote it; bench/wide-conformance.sh reads it).",
             "# source\tchart\trepository\tcommit\tpath\twhere\tnote"]
    names = {}
    for ref in charts:
        gdir = git_dir(mirror, ref.repo)
        chart = os.path.basename(ref.path.rstrip("/")) if ref.path != "." else ref.name
        key = (ref.source, chart)
        names[key] = names.get(key, 0) + 1
        if names[key] > 1:
            chart = f"{chart}-{names[key]}"
        rows = [(ref.source, chart, ref.repo, ref.commit, ref.path, ".", ref.note)]
        have = vendored(gdir, ref)
        problem = None
        laid_names = set()
        for dep in dependencies(gdir, ref):
            name = dep.get("name")
            if not name or name in have or name in laid_names:
                continue
            dep_ref = provider(mirror, providers, ref.repo, dep)
            if not dep_ref:
                problem = f"dependency {name} ({dep.get('repository', 'no repository')}) is in no fetched snapshot"
                break
            rows.append((ref.source, chart, dep_ref.repo, dep_ref.commit, dep_ref.path, "charts/" + name,
                         f"dependency {name} {dep.get('version', '')} -> {dep_ref.meta.get('version', '')}"))
            laid_names.add(name)
            # the dependency's own dependencies (bitnami's common, ...) go into its charts/ folder
            for sub in dependencies(git_dir(mirror, dep_ref.repo), dep_ref):
                sub_name = sub.get("name")
                if not sub_name or sub_name in vendored(git_dir(mirror, dep_ref.repo), dep_ref):
                    continue
                sub_ref = provider(mirror, providers, dep_ref.repo, sub)
                if not sub_ref:
                    problem = f"dependency {name}'s dependency {sub_name} is in no fetched snapshot"
                    break
                rows.append((ref.source, chart, sub_ref.repo, sub_ref.commit, sub_ref.path,
                             f"charts/{name}/charts/{sub_name}",
                             f"dependency {sub_name} {sub.get('version', '')} -> {sub_ref.meta.get('version', '')}"))
            if problem:
                break
        if problem:
            lines.append("\t".join(("#skip", ref.source, chart, ref.repo, ref.commit, ref.path, problem)))
        else:
            lines.extend("\t".join(r) for r in rows)
    with open(MANIFEST, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"manifest: {sum(1 for l in lines if not l.startswith('#'))} rows, "
          f"{sum(1 for l in lines if l.startswith('#skip'))} skipped charts", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["layout", "manifest"])
    parser.add_argument("--mirror", default=os.environ.get("WIDE_MIRROR", "/work/.mirror"))
    parser.add_argument("--into", default=os.path.join(HERE, "..", "target", "wide-corpus"))
    args = parser.parse_args()
    if args.command == "layout":
        layout(args.mirror, os.path.abspath(args.into))
    else:
        manifest(args.mirror)


if __name__ == "__main__":
    main()
