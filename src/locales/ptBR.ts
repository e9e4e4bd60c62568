import { LocaleText } from './types';

/** Português (Brasil): o conteúdo do guia estratégico (seeds) e todos os textos que o bot mostra. */
export const ptBR: LocaleText = {
  languageName: 'Português (Brasil)',
  playbook: {
    l1: {
      name: 'Bloqueado',
      definition:
        'O cliente pretende usar a carga de trabalho, mas há problemas impeditivos que precisam ser removidos com a ajuda das equipes de Conta ou de Engenharia.',
    },
    l2: {
      'customer-it-infrastructure-remediation': {
        name: 'Infraestrutura de TI do cliente e correção',
        definition:
          'Dependências de componentes da infraestrutura de TI ao redor, no ambiente do cliente (por exemplo, dispositivos de VPN incompatíveis, atualizações de hardware, complexidades do Active Directory, cenários híbridos, cliente, navegador), bloqueiam a adoção.',
        scope: 'O problema deve estar relacionado a uma tecnologia. NÃO está relacionado a pessoas ou processos.',
        validExamples: [
          'O cliente precisa atualizar o Internet Explorer (IE) ou o Windows.',
          'O cliente tem complexidades de AD que precisam ser resolvidas antes da implantação.',
          'A rede do cliente não tem largura de banda suficiente e precisa ser atualizada.',
          'O cliente está passando por uma fusão e não pode migrar até que os ambientes do Active Directory sejam mesclados.',
          'O cliente tem uma configuração específica que não é compatível com o serviço do Office 365 (O365).',
        ],
        invalidExamples: [
          {
            text: 'O departamento de TI não tem conhecimento especializado na arquitetura necessária para implantar o serviço.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'O cliente tem processos técnicos específicos em vigor que não podem ser alterados.',
            belongsTo: 'it-change-management-resourcing',
          },
        ],
      },
      'it-change-management-resourcing': {
        name: 'Gerenciamento de mudanças e recursos de TI',
        definition:
          'A manutenção ou as atualizações do serviço interrompem os processos e as políticas de TI existentes do cliente (por exemplo, processos de TI, monitoramento, tratamento de incidentes, descoberta de problemas, política de uso doméstico), o que bloqueia a adoção. A solução exige reformular o processo ou a política para gerenciar a mudança. O cliente também pode não ter os recursos (orçamento ou pessoas) para fazer a correção.',
        scope:
          'O problema deve estar relacionado aos administradores técnicos ou às equipes de TI. NÃO está diretamente relacionado à tecnologia subjacente, à preparação dos usuários ou às regras de negócios.',
        validExamples: [
          'A TI não tem pessoal ou orçamento suficiente para executar a implantação neste trimestre.',
          'O departamento de TI não tem conhecimento especializado na arquitetura necessária para implantar o serviço.',
          'A cadência mensal de atualizações do serviço quebra a forma como a TI certifica o software interno.',
          'A central de suporte técnico não está pronta para dar suporte a uma carga de trabalho na nuvem.',
        ],
        invalidExamples: [
          {
            text: 'O hardware de proxy e de firewall não consegue lidar com o tráfego para o serviço.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          {
            text: 'Os usuários não foram treinados e a empresa não está pronta para a mudança.',
            belongsTo: 'adoption-readiness',
          },
          {
            text: 'O parceiro contratado para a implantação não tem as habilidades necessárias.',
            belongsTo: 'partner-engagement',
          },
        ],
      },
      'adoption-readiness': {
        name: 'Preparação para a adoção',
        definition:
          'O cliente está impedido de adotar o serviço por problemas de gerenciamento de mudanças interno, incluindo a preparação dos usuários finais ou processos de negócios. Não use esta opção para problemas de gerenciamento de mudanças de TI.',
        scope:
          'Quase sempre se trata da preparação ou do treinamento dos usuários, às vezes de uma decisão de negócios; nunca de pessoal de TI ou de tecnologia.',
        validExamples: [
          'Ainda não há um plano para treinar os usuários finais no novo serviço.',
          'Os líderes de negócios querem esperar o fim da alta temporada antes de mudar a forma como as pessoas trabalham.',
          'Um departamento depende da forma atual de trabalhar e não vai migrar sem um plano de mudança.',
        ],
        invalidExamples: [
          {
            text: 'A equipe de TI não tem tempo para preparar a implantação.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'Os usuários não conseguem entrar por causa de complexidades do AD.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'product-feature-capability': {
        name: 'Recurso/funcionalidade do produto',
        definition:
          'Recursos e funcionalidades essenciais do produto ou serviço (incluindo configurações, recursos e certificações de segurança e privacidade) estão ausentes ou contêm erros. Resolvido principalmente por meio do GetHelp ou do OneList.',
        scope:
          'A lacuna está no próprio produto ou serviço da Microsoft, não no ambiente ou nos aplicativos do cliente.',
        validExamples: [
          'O cliente precisa de um recurso que o serviço ainda não tem, e ele está registrado no OneList.',
          'Uma certificação de segurança exigida pelo cliente não está disponível para o serviço.',
          'Um erro do produto impede um cenário-chave e não há solução alternativa.',
        ],
        invalidExamples: [
          {
            text: 'O recurso existe, mas apenas em um plano que o cliente não comprou (E5).',
            belongsTo: 'billing-licensing-subscription',
          },
          {
            text: 'O aplicativo de linha de negócios do próprio cliente não funciona com o serviço.',
            belongsTo: 'app-compatibility',
          },
        ],
      },
      'app-compatibility': {
        name: 'Compatibilidade de aplicativos',
        definition:
          'Os aplicativos de linha de negócios (LOB) do cliente não são compatíveis, ou não têm compatibilidade certificada, com os serviços de nuvem e estão atrasando a implantação ou o uso.',
        scope: 'O bloqueio são os próprios aplicativos ou suplementos do cliente, não um recurso ausente do serviço.',
        validExamples: [
          'Um suplemento crítico do Outlook para de funcionar com o Microsoft 365 Apps (Office ProPlus).',
          'O fornecedor do ERP não certificou seu produto com a nova versão do Office.',
          'Um aplicativo interno precisa de um formato de UPN diferente do usado pela identidade na nuvem.',
        ],
        invalidExamples: [
          { text: 'O serviço não tem um recurso que o cliente exige.', belongsTo: 'product-feature-capability' },
          {
            text: 'O Windows precisa ser atualizado antes da implantação.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'partner-engagement': {
        name: 'Engajamento do parceiro',
        definition:
          'Atraso na seleção ou contratação de um parceiro, ou o parceiro está bloqueado na implantação técnica e/ou no suporte à adoção (por exemplo, limitação de escopo, experiência limitada).',
        scope: 'O bloqueio é o parceiro: encontrá-lo ou contratá-lo, ou a capacidade do parceiro de entregar.',
        validExamples: [
          'O cliente ainda não selecionou um parceiro para a implantação.',
          'A declaração de trabalho (SOW) com o parceiro ainda está em negociação.',
          'O parceiro tem pouca experiência com esta carga de trabalho e o projeto está parado.',
        ],
        invalidExamples: [
          {
            text: 'A equipe de TI não tem as habilidades necessárias e nenhum parceiro foi considerado.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'O Contrato Enterprise do cliente com a Microsoft não foi assinado.',
            belongsTo: 'billing-licensing-subscription',
          },
        ],
      },
      'billing-licensing-subscription': {
        name: 'Cobrança, licenciamento e assinatura',
        definition:
          'A implementação está bloqueada até que os problemas de assinatura sejam resolvidos (por exemplo, aplicação de licenças, transferência de licenças, SKU incorreto ou redução de assentos). A solução exige o envolvimento do vendedor, do LSS e/ou do LSA.',
        scope: 'Trata do que o cliente comprou ou pode comprar; exige o vendedor, o LSS ou o LSA, e não a engenharia.',
        validExamples: [
          'As licenças precisam ser transferidas para um novo locatário antes da implantação.',
          'O cliente comprou o SKU comercial, mas precisa da nuvem governamental (GCC).',
          'A renovação do Contrato Enterprise (EA) está parada.',
        ],
        invalidExamples: [
          { text: 'Um recurso está ausente em todos os planos do serviço.', belongsTo: 'product-feature-capability' },
          { text: 'O contrato com o parceiro não foi assinado.', belongsTo: 'partner-engagement' },
        ],
      },
      'service-reliability': {
        name: 'Confiabilidade do serviço',
        definition:
          'Redução da confiança do cliente devido ao desempenho do serviço, incluindo latência e/ou incidentes de serviço não planejados (interrupções).',
        scope: 'Trata da confiança na disponibilidade e no desempenho do serviço, não de um recurso ausente.',
        validExamples: [
          'Após a interrupção do mês passado, o cliente pausou a migração.',
          'Os usuários relatam latência no serviço e a liderança duvida que ele suporte a carga.',
          'O cliente duvida que os dados possam ser recuperados se o serviço falhar.',
        ],
        invalidExamples: [
          {
            text: 'A largura de banda da rede do cliente é baixa demais para o serviço.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          { text: 'Falta uma certificação de conformidade no serviço.', belongsTo: 'product-feature-capability' },
        ],
      },
    },
    questions: {
      'scope-people-process': {
        ask: 'O bloqueio está relacionado a pessoas ou processos (equipe de TI, usuários, a empresa, um parceiro), e não a uma tecnologia?',
        finding: 'pessoas ou processos, e não uma tecnologia, estão impedindo o avanço',
      },
      'scope-microsoft-side': {
        ask: 'O problema está no próprio serviço da Microsoft: um recurso ausente ou com defeito, interrupções ou latência?',
        finding: 'o problema está no próprio serviço da Microsoft',
      },
      'scope-commercial': {
        ask: 'É uma questão comercial: licenças, assinaturas, um acordo ou um contrato (com a Microsoft ou com um parceiro)?',
        finding: 'há uma questão comercial pendente (licenças, acordo ou contrato)',
      },
      'scope-technology': {
        ask: 'O bloqueio é uma tecnologia no próprio ambiente do cliente: rede, dispositivos, diretório (AD), clientes ou navegadores?',
        finding: 'uma tecnologia no ambiente do cliente está impedindo o avanço',
      },
      'scope-it-team': {
        ask: 'Está relacionado à equipe de TI do cliente: pessoal, habilidades, orçamento ou processos e políticas de TI?',
        finding: 'a equipe de TI do cliente (pessoal, habilidades, orçamento ou processos de TI) é a restrição',
      },
      'scope-users-business': {
        ask: 'Está relacionado aos usuários finais ou à empresa: preparação, treinamento, cultura ou uma decisão de negócios?',
        finding: 'os usuários finais ou a empresa não estão prontos',
      },
      'scope-lob-apps': {
        ask: 'Os aplicativos de linha de negócios ou suplementos do próprio cliente falham com o serviço, ou não têm certificação para ele?',
        finding: 'os aplicativos de linha de negócios do cliente não são compatíveis ou certificados',
      },
      'scope-partner': {
        ask: 'Um parceiro é necessário ou está envolvido, e é no parceiro que as coisas estão travadas?',
        finding: 'o engajamento do parceiro é onde está travado',
      },
      'scope-reliability': {
        ask: 'O cliente perdeu a confiança no serviço por causa de interrupções, latência ou desempenho?',
        finding: 'o cliente perdeu a confiança no serviço',
      },
      'inf-devices': {
        ask: 'Há problemas na configuração de computadores de mesa ou dispositivos para o serviço?',
        finding: 'problemas na configuração de computadores de mesa ou dispositivos para o serviço',
      },
      'inf-network': {
        ask: 'O cliente está tendo problemas com dispositivos de rede, largura de banda ou a conexão com o serviço (por exemplo, VPN, firewall)?',
        finding: 'problemas com dispositivos de rede, largura de banda ou conexão (VPN, firewall)',
      },
      'inf-server-upgrade': {
        ask: 'O cliente precisa atualizar para uma nova versão do Exchange ou do SharePoint antes de migrar?',
        finding: 'o Exchange/SharePoint precisa ser atualizado antes da migração',
      },
      'm365-windows-image': {
        ask: 'O cliente está impedido de implantar o Microsoft 365 Apps (Office ProPlus) até concluir a imagem do Windows 10?',
        finding: 'a implantação do Microsoft 365 Apps aguarda a imagem do Windows 10',
      },
      'm365-packaging': {
        ask: 'Há problemas na criação ou na implantação de pacotes?',
        finding: 'problemas na criação ou na implantação de pacotes',
      },
      'm365-channel': {
        ask: 'O cliente está enfrentando problemas de comunicação do canal?',
        finding: 'problemas de comunicação do canal',
      },
      'm365-update-solution': {
        ask: 'Há problemas para entender ou implantar uma solução de atualização para o serviço?',
        finding: 'problemas para entender ou implantar uma solução de atualização',
      },
      'teams-exchange-first': {
        ask: 'O cliente está esperando para implantar o Exchange primeiro?',
        finding: 'aguardando a implantação do Exchange primeiro',
      },
      'itcm-resourcing': {
        ask: 'Faltam ao cliente pessoal de TI ou orçamento suficientes para fazer o trabalho?',
        finding: 'pessoal de TI ou orçamento insuficientes',
      },
      'itcm-skills': {
        ask: 'A equipe de TI não tem as habilidades para esta carga de trabalho (e nenhum parceiro foi considerado)?',
        finding: 'a TI não tem as habilidades para a carga de trabalho',
      },
      'itcm-helpdesk': {
        ask: 'A central de suporte técnico ainda não está pronta para dar suporte a uma carga de trabalho na nuvem?',
        finding: 'a central de suporte técnico não está pronta para dar suporte a uma carga de trabalho na nuvem',
      },
      'itcm-update-cadence': {
        ask: 'A cadência de atualizações do serviço entra em conflito com a forma como a TI gerencia o software interno?',
        finding: 'a cadência de atualizações do serviço entra em conflito com o gerenciamento de software da TI',
      },
      'itcm-allow-lists': {
        ask: 'A TI tem dificuldade em manter atualizadas as listas de permissões de rede (URLs e intervalos de IP)?',
        finding: 'a TI não consegue manter atualizadas as listas de permissões de rede',
      },
      'ado-user-education': {
        ask: 'Ainda não há um plano para capacitar os usuários sobre o novo serviço?',
        finding: 'ainda não há um plano para capacitar os usuários',
      },
      'ado-departments': {
        ask: 'Alguns departamentos são muito mais afetados do que outros?',
        finding: 'alguns departamentos são mais afetados do que outros',
      },
      'ado-culture': {
        ask: 'A cultura da empresa precisa mudar primeiro, sem um plano de adoção em vigor?',
        finding: 'a cultura da empresa precisa mudar e não há plano de adoção',
      },
      'ado-business-decision': {
        ask: 'A empresa (não a TI) está segurando a implantação à espera de uma decisão ou de uma mudança em um processo de negócios?',
        finding: 'a empresa está segurando a implantação à espera de uma decisão',
      },
      'pfc-requirement': {
        ask: 'Há um requisito funcional que o serviço não atende, e a ausência dele bloqueia a implantação?',
        finding: 'um requisito funcional não é atendido pelo serviço',
      },
      'pfc-logged': {
        ask: 'A lacuna foi registrada com o grupo de produtos (OneList ou GetHelp), ou deveria ser?',
        finding: 'a lacuna está (ou deveria estar) registrada no OneList/GetHelp',
      },
      'pfc-security': {
        ask: 'O que falta é um recurso ou uma certificação de segurança, privacidade ou conformidade?',
        finding: 'falta um recurso de segurança, privacidade ou conformidade',
      },
      'pfc-workaround': {
        ask: 'Não há uma solução alternativa aceitável hoje?',
        finding: 'não há solução alternativa aceitável hoje',
      },
      'pfc-competitor': {
        ask: 'Um produto concorrente oferece o que está faltando?',
        finding: 'um produto concorrente oferece o que está faltando',
      },
      'app-lob-testing': {
        ask: 'Os testes com outros aplicativos de linha de negócios mostraram problemas, ou ainda não foram feitos?',
        finding: 'os testes de aplicativos de linha de negócios mostram problemas ou não foram feitos',
      },
      'app-identity': {
        ask: 'Há problemas de identidade, como aplicativos que precisam de um UPN diferente?',
        finding: 'problemas de identidade, como requisitos de UPN diferentes',
      },
      'm365-addins': {
        ask: 'Os suplementos do Office (Outlook, Excel, Word) param de funcionar?',
        finding: 'os suplementos do Office (Outlook, Excel, Word) param de funcionar',
      },
      'm365-excel-formulas': {
        ask: 'As fórmulas personalizadas do Excel são afetadas pela atualização?',
        finding: 'as fórmulas personalizadas do Excel são afetadas pela atualização',
      },
      'par-skills': {
        ask: 'O parceiro não tem as habilidades ou a experiência necessárias para esta implantação?',
        finding: 'o parceiro não tem habilidades ou experiência',
      },
      'par-finding': {
        ask: 'O cliente está tendo dificuldade para encontrar ou contratar um parceiro?',
        finding: 'dificuldade para encontrar ou contratar um parceiro',
      },
      'par-relationship': {
        ask: 'A relação entre o cliente e o parceiro está desgastada?',
        finding: 'a relação entre o cliente e o parceiro está desgastada',
      },
      'par-unresponsive': {
        ask: 'O parceiro não está respondendo à Microsoft?',
        finding: 'o parceiro não está respondendo à Microsoft',
      },
      'bil-platform': {
        ask: 'O cliente comprou a plataforma ou o SKU errado (por exemplo, precisa da nuvem governamental)?',
        finding: 'a plataforma ou o SKU comprado está errado',
      },
      'bil-tenant-move': {
        ask: 'Uma mudança de locatário significa que as licenças precisam ser movidas?',
        finding: 'as licenças precisam ser movidas por causa de uma mudança de locatário',
      },
      'bil-capex': {
        ask: 'A compra está travada pela forma como é tratada como despesa de capital?',
        finding: 'o tratamento como despesa de capital trava a compra',
      },
      'bil-contract': {
        ask: 'Um Contrato Enterprise (EA) ou outro contrato está parado?',
        finding: 'o Contrato Enterprise ou outro contrato está parado',
      },
      'bil-plan-features': {
        ask: 'O cliente precisa de recursos fora do plano atual (E1/E3/E5)?',
        finding: 'precisa de recursos fora do plano atual (E1/E3/E5)',
      },
      'rel-transparency': {
        ask: 'O cliente desconhece os materiais de transparência e confiança da Microsoft, ou não está convencido por eles?',
        finding: 'não está convencido pelos materiais de transparência e confiança da Microsoft',
      },
      'rel-backup': {
        ask: 'O cliente tem dúvidas sobre o backup e a recuperação dos dados no serviço?',
        finding: 'dúvidas sobre backup e recuperação',
      },
      'rel-judgement': {
        ask: 'O cliente está avaliando a confiabilidade com base em interrupções, incidentes ou latência que observou?',
        finding: 'confiabilidade avaliada com base em interrupções, incidentes ou latência',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps (Office ProPlus)',
      teams: 'Teams',
      other: 'Outra carga de trabalho',
    },
    phases: {
      assignment: {
        name: 'Atribuição',
        situation:
          'O cliente pretende usar o serviço, mas um ou mais problemas o impedem de avançar com a implantação.',
      },
      delivery: {
        name: 'Entrega',
        situation:
          'O cliente pretende usar o serviço, mas um ou mais problemas o impedem de avançar com a implantação.',
      },
    },
    ftop: {
      labels: {
        whoUpdates: 'Quem atualiza o FTOP',
        l1: 'Valor de L1',
        l2: 'Valor de L2',
        l3: 'Valor de L3',
        serviceStatus: 'Status do serviço',
        engagementScenario: 'Cenário de engajamento do serviço',
        targetDate: 'Data prevista',
        owner: 'Responsável',
        notes: 'Notas',
        nextActionDate: 'Data da próxima ação',
        nextAction: 'Próxima ação a ser tomada',
      },
      values: {
        assignment: {
          whoUpdates: 'FM de Atribuição',
          l1: 'Bloqueado',
          l3: 'Nenhum ainda (L3s em breve)',
          serviceStatus: 'N/D',
          engagementScenario: 'Escolha o cenário apropriado',
          targetDate: 'N/D',
          owner: 'FM de Entrega',
          nextActionDate: 'Data da discussão inicial',
          nextAction: 'Reunião inicial',
        },
        delivery: {
          whoUpdates: 'FM de Entrega',
          l1: 'Bloqueado',
          l3: 'Nenhum ainda (L3s em breve)',
          serviceStatus: 'N/D',
          engagementScenario: 'Mantenha o valor anterior',
          targetDate: 'Data prevista de desbloqueio',
          owner: 'Equipe de conta',
          nextActionDate: 'A definir',
          nextAction: 'Depende do L2/L3',
        },
      },
    },
  },
  ui: {
    botName: 'Triagem de bloqueios',
    commandWords: {
      start: ['iniciar', 'triagem', 'começar'],
      help: ['ajuda'],
      list: ['listar', 'lista'],
      explain: ['explicar'],
      summary: ['resumo'],
      clearSummary: ['limpar resumo'],
      language: ['idioma'],
    },
    actions: {
      startTriage: 'Iniciar triagem',
      listL2s: 'Listar L2s',
      help: 'Ajuda',
      back: 'Voltar',
      startOver: 'Recomeçar',
      chooseMyself: 'Escolher o L2 por conta própria',
      useThis: 'Usar este L2',
      explain: 'Explicar',
      tryAgain: 'Tentar novamente',
      showPhase: 'Mostrar a fase de {phase}',
      change: 'Alterar',
      backToResult: 'Voltar ao resultado',
      thatsIt: 'É isso',
      walkMe: 'Guie-me passo a passo',
      showAll: 'Mostrar todos os L2s',
      language: 'Idioma',
      settle: 'Adicionar ao resumo da revisão',
      copyForFtop: 'Copiar para o FTOP',
      clearSummary: 'Limpar resumo',
      confirmClear: 'Sim, limpar',
      cancel: 'Cancelar',
    },
    answers: { y: 'Sim', n: 'Não', u: 'Não sei' },
    welcome: {
      title: 'Triagem de bloqueios do FastTrack',
      intro:
        'Quando um cliente quer uma carga de trabalho, mas algo impede a implantação, o FTOP precisa do L1 **Bloqueado** e do L2 certo. Eu conduzo você pelas perguntas do guia estratégico e informo o L2, o porquê, como confirmá-lo e os campos do FTOP prontos para colar.',
      channelTip: 'Em um canal ou chat em grupo, mencione-me com @: todos veem o mesmo cartão.',
    },
    help: {
      title: 'O que posso fazer',
      commands: [
        { command: 'iniciar', description: 'Inicia uma triagem guiada (também: triagem).' },
        { command: 'listar', description: 'Lista os oito motivos L2 de “Bloqueado”.' },
        {
          command: 'explicar <L2>',
          description:
            'Mostra a página de um L2, por ID ou nome (por exemplo, explicar compatibilidade de aplicativos).',
        },
        { command: 'ajuda', description: 'Mostra este cartão.' },
      ],
      cards:
        'Em cada pergunta, você pode voltar, recomeçar ou escolher o L2 por conta própria. O resultado mostra os campos do FTOP para a fase de Atribuição ou de Entrega.',
      channelTip: 'Em um canal ou chat em grupo, mencione-me com @ antes do comando.',
    },
    workload: {
      title: 'Triagem de uma implantação bloqueada',
      prompt: 'Qual carga de trabalho está bloqueada?',
    },
    question: {
      progress: 'Pergunta {number} de no máximo {max} · {workload}',
      leaning: 'Tendência: {l2} ({percent}%)',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: 'Confiança: {percent}% após {count} respostas',
      chosen: 'Escolhido por você',
      lowConfidence:
        'As respostas não são conclusivas. Confira as alternativas abaixo ou escolha o L2 por conta própria.',
      why: 'Por quê',
      noAnswers: 'Nenhuma resposta dada.',
      definition: 'Definição',
      scope: 'Escopo',
      confirm: 'Confirme com o cliente',
      workloadQuestions: 'Para {workload}',
      notThis: 'Não é este L2 quando…',
      belongsTo: '{example} → {l2}',
      ftop: 'Campos do FTOP, fase de {phase}',
      notesLine: 'Linha de notas, pronta para colar',
      notRight: 'Não está certo? Alternativas:',
      runnerUp: '{l2} ({percent}%)',
    },
    notes: {
      line: '{l1} – {l2} [{id}] ({workload}): {findings}.',
      separator: '; ',
      noFindings: 'descreva o problema que está bloqueando',
    },
    choose: {
      title: 'Escolher o L2',
      intro: 'Escolha o L2 adequado. Suas respostas até agora são mantidas.',
    },
    list: {
      title: '{l1}: os oito motivos L2',
      intro: '{definition}',
    },
    explain: {
      validExamples: 'Se encaixa, por exemplo',
      invalidExamples: 'Não se encaixa (use o L2 indicado)',
      confirm: 'Perguntas para confirmar com o cliente',
      workloadQuestions: 'Perguntas específicas da carga de trabalho para {workload}',
      notFound: 'Não conheço um L2 chamado “{query}”. Aqui estão os oito; digite explicar e um ID ou um nome.',
      missing: 'Qual L2? Digite explicar e um ID ou um nome, por exemplo, explicar engajamento do parceiro.',
    },
    stale: {
      title: 'Este cartão está desatualizado',
      text: 'Ele foi criado por uma versão mais antiga do bot, ou seus dados foram alterados. Comece novamente para obter um cartão novo.',
    },
    error: {
      title: 'Algo deu errado do meu lado',
      text: 'Suas respostas estão mantidas neste cartão. Tente novamente ou recomece.',
      message:
        'Desculpe, algo deu errado do meu lado. Suas respostas estão mantidas: clique no cartão novamente ou digite iniciar.',
    },
    suggestion: {
      title: 'Parece ser: {l2}',
      youWrote: 'Você escreveu',
      confidence: 'Confiança: {percent}%',
      why: 'Por quê',
      evidenceTerm: '“{text}” aponta para {l2}',
      evidenceExample: 'Como “{text}” ({l2})',
      runnerUps: 'Também é possível: {list}',
      abstain: 'Não tenho certeza de qual L2 é este. Vamos analisar passo a passo.',
      truncated: '(abreviado)',
    },
    language: {
      title: 'Escolha seu idioma',
      changed: 'A partir de agora, vou responder em {language}.',
    },
    summary: {
      title: 'Resumo da revisão: {count} bloqueios',
      empty:
        'Nada foi registrado nesta conversa ainda: conclua uma triagem e clique em “Adicionar ao resumo da revisão”.',
      customer: 'Cliente',
      workload: 'Carga de trabalho',
      l2: 'L2',
      notes: 'Notas',
      confirmedBy: 'Confirmado por',
      when: 'Quando',
      copyHeading: 'Copiar para o FTOP',
      csvName: 'resumo-da-revisao.csv',
      csvReady: 'O resumo da revisão como arquivo CSV.',
      clearQuestion: 'Limpar o resumo da revisão desta conversa? Esta ação não pode ser desfeita.',
      cleared: 'O resumo da revisão foi limpo.',
      kept: 'O resumo da revisão foi mantido.',
      settled: 'Adicionado ao resumo da revisão por {name}.',
      answeredBy: 'por {name}',
      unknownCustomer: '(não informado)',
    },
    notAllowed: 'Este bot não está disponível para sua organização.',
    storageDown:
      'Desculpe, não consigo acessar meu armazenamento agora. Nada foi alterado; tente novamente em um minuto.',
  },
};
