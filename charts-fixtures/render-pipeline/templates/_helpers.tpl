{{- define "pipeline.name" -}}
{{ .Chart.Name }}-{{ .Release.Name }}
{{- end -}}
{{- define "shared.label" -}}parent{{- end -}}
