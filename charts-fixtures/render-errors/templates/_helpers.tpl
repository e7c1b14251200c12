{{- define "errors.deep" -}}
value: {{ .nested.missing.deeper }}
{{- end -}}
{{- define "errors.outer" -}}
{{ include "errors.deep" . }}
{{- end -}}
