#!/usr/bin/env python3
"""Regenerates expected.txt from cases.txt by rendering each case with the real helm (v4.1.4).

Usage: regenerate-with-helm.py HELM_BINARY
Each case becomes chart c with templates/t.yaml; the expectation is helm's output (between markers, so that
helm's document handling cannot touch the edges) or helm's error text.
"""
import os, re, shutil, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
helm = sys.argv[1]

def cases(path):
    text = open(path, encoding='utf-8').read()
    for block in re.split(r'^### ', text, flags=re.M)[1:]:
        name, _, body = block.partition('\n')
        values = ''
        if body.startswith('values: '):
            first, _, body = body.partition('\n')
            values = first[len('values: '):]
        if body.endswith('\n'):
            body = body[:-1]
        yield name.strip(), values, body

def render(values, template, debug):
    d = tempfile.mkdtemp()
    try:
        c = os.path.join(d, 'c')
        os.makedirs(os.path.join(c, 'templates'))
        open(os.path.join(c, 'Chart.yaml'), 'w').write('apiVersion: v2\nname: c\nversion: 0.1.0\n')
        open(os.path.join(c, 'values.yaml'), 'w').write(values + '\n')
        open(os.path.join(c, 'templates', 't.yaml'), 'w', encoding='utf-8').write(template)
        args = [helm, 'template', 'x', c] + (['--debug'] if debug else [])
        p = subprocess.run(args, capture_output=True, text=True)
        return p.returncode, p.stdout, p.stderr
    finally:
        shutil.rmtree(d)

out = []
for name, values, body in cases(os.path.join(here, 'cases.txt')):
    rc, stdout, stderr = render(values, body, False)
    err = [l for l in stderr.splitlines() if not l.startswith('level=')]
    if rc != 0 and not any('YAML parse error' in l for l in err):
        text = '\n'.join(err).strip()
        text = re.sub(r'\n*Use --debug flag to render out invalid YAML$', '', text)
        assert text.startswith('Error: '), (name, text)
        out.append('### ' + name + '\nERR\n' + text[len('Error: '):] + '\n')
        continue
    rc, stdout, stderr = render(values, '>>>' + body + '<<<', True)
    start, end = stdout.index('>>>'), stdout.rindex('<<<')
    out.append('### ' + name + '\nOUT\n' + stdout[start + 3:end] + '\n')

open(os.path.join(here, 'expected.txt'), 'w', encoding='utf-8').write(''.join(out))
print(len(out), 'cases')
